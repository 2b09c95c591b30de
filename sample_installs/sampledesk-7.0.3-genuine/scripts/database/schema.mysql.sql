CREATE TABLE gi_webservice_config (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (200) NOT NULL, config LONGBLOB NOT NULL,
    valid_id SMALLINT NOT NULL, create_time DATETIME NOT NULL, create_by INTEGER NOT NULL,
    change_time DATETIME NOT NULL, change_by INTEGER NOT NULL, PRIMARY KEY(id),
    UNIQUE INDEX gi_webservice_config_name (name));
CREATE TABLE package_repository (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (200) NOT NULL, version VARCHAR (250) NOT NULL,
    vendor VARCHAR (250) NOT NULL, install_status VARCHAR (250) NOT NULL, filename VARCHAR (250) NULL,
    content_type VARCHAR (250) NULL, content LONGBLOB NOT NULL, create_time DATETIME NOT NULL,
    create_by INTEGER NOT NULL, change_time DATETIME NOT NULL, change_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE sysconfig_deployment (
    id INTEGER NOT NULL AUTO_INCREMENT, comments VARCHAR (250) NULL, user_id INTEGER NULL,
    effective_value LONGBLOB NOT NULL, create_time DATETIME NOT NULL, create_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE ticket (
    id BIGINT NOT NULL AUTO_INCREMENT, tn VARCHAR (50) NOT NULL, title VARCHAR (255) NULL,
    create_time DATETIME NOT NULL, PRIMARY KEY(id));
CREATE TABLE article_data_mime_plain (
    id BIGINT NOT NULL AUTO_INCREMENT, article_id BIGINT NOT NULL, body LONGBLOB NOT NULL, PRIMARY KEY(id));
CREATE TABLE users (
    id INTEGER NOT NULL AUTO_INCREMENT, login VARCHAR (200) NOT NULL, pw VARCHAR (128) NOT NULL,
    valid_id SMALLINT NOT NULL, PRIMARY KEY(id), UNIQUE INDEX users_login (login));
CREATE TABLE sysconfig_modified (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (250) NOT NULL, user_id INTEGER NULL,
    effective_value LONGBLOB NOT NULL, is_dirty SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE permission_groups (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (200) NOT NULL, valid_id SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE group_user (
    user_id INTEGER NOT NULL, group_id INTEGER NOT NULL, permission_key VARCHAR (20) NOT NULL);
CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL, preferences_key VARCHAR (150) NOT NULL, preferences_value LONGBLOB NULL);
