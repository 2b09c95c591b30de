INSERT INTO users (login, pw, valid_id)
    VALUES
    ('root@localhost', 'sdQ4e1InitialHash', 1);
