ALTER TABLE article_data_mime_plain ADD CONSTRAINT FK_article_ticket FOREIGN KEY (article_id) REFERENCES ticket (id);
