CREATE TABLE gi_webservice_config (
    id serial NOT NULL, name VARCHAR (200) NOT NULL, config TEXT NOT NULL, valid_id SMALLINT NOT NULL,
    create_time timestamp(0) NOT NULL, create_by INTEGER NOT NULL, change_time timestamp(0) NOT NULL,
    change_by INTEGER NOT NULL, PRIMARY KEY(id), CONSTRAINT gi_webservice_config_name UNIQUE (name));
CREATE TABLE package_repository (
    id serial NOT NULL, name VARCHAR (200) NOT NULL, version VARCHAR (250) NOT NULL, vendor VARCHAR (250) NOT NULL,
    install_status VARCHAR (250) NOT NULL, filename VARCHAR (250) NULL, content_type VARCHAR (250) NULL,
    content TEXT NOT NULL, create_time timestamp(0) NOT NULL, create_by INTEGER NOT NULL,
    change_time timestamp(0) NOT NULL, change_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE sysconfig_deployment (
    id serial NOT NULL, comments VARCHAR (250) NULL, user_id INTEGER NULL, effective_value TEXT NOT NULL,
    create_time timestamp(0) NOT NULL, create_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE ticket (
    id bigserial NOT NULL, tn VARCHAR (50) NOT NULL, title VARCHAR (255) NULL, create_time timestamp(0) NOT NULL,
    PRIMARY KEY(id));
CREATE TABLE article_data_mime_plain (
    id bigserial NOT NULL, article_id BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(id));
CREATE TABLE users (
    id serial NOT NULL, login VARCHAR (200) NOT NULL, pw VARCHAR (128) NOT NULL, valid_id SMALLINT NOT NULL,
    PRIMARY KEY(id), CONSTRAINT users_login UNIQUE (login));
CREATE TABLE sysconfig_modified (
    id serial NOT NULL, name VARCHAR (250) NOT NULL, user_id INTEGER NULL, effective_value TEXT NOT NULL,
    is_dirty SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE permission_groups (
    id serial NOT NULL, name VARCHAR (200) NOT NULL, valid_id SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE group_user (
    user_id INTEGER NOT NULL, group_id INTEGER NOT NULL, permission_key VARCHAR (20) NOT NULL);
CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL, preferences_key VARCHAR (150) NOT NULL, preferences_value TEXT NULL);
