--
-- PostgreSQL database dump
--

\restrict d2pbzEQrmeIiYEBaysCN9INuqD2KaXhevfd1GwRvoskjg0bcdpiGox8FM50FV3x

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: article_data_mime_plain; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.article_data_mime_plain (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    body text NOT NULL
);


ALTER TABLE public.article_data_mime_plain OWNER TO otrs;

--
-- Name: article_data_mime_plain_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.article_data_mime_plain_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.article_data_mime_plain_id_seq OWNER TO otrs;

--
-- Name: article_data_mime_plain_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.article_data_mime_plain_id_seq OWNED BY public.article_data_mime_plain.id;


--
-- Name: gi_webservice_config; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.gi_webservice_config (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    config text NOT NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);


ALTER TABLE public.gi_webservice_config OWNER TO otrs;

--
-- Name: gi_webservice_config_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.gi_webservice_config_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gi_webservice_config_id_seq OWNER TO otrs;

--
-- Name: gi_webservice_config_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.gi_webservice_config_id_seq OWNED BY public.gi_webservice_config.id;


--
-- Name: group_user; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.group_user (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    permission_key character varying(20) NOT NULL
);


ALTER TABLE public.group_user OWNER TO otrs;

--
-- Name: package_repository; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.package_repository (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    version character varying(250) NOT NULL,
    vendor character varying(250) NOT NULL,
    install_status character varying(250) NOT NULL,
    filename character varying(250),
    content_type character varying(250),
    content text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL
);


ALTER TABLE public.package_repository OWNER TO otrs;

--
-- Name: package_repository_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.package_repository_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.package_repository_id_seq OWNER TO otrs;

--
-- Name: package_repository_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.package_repository_id_seq OWNED BY public.package_repository.id;


--
-- Name: permission_groups; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.permission_groups (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    valid_id smallint NOT NULL
);


ALTER TABLE public.permission_groups OWNER TO otrs;

--
-- Name: permission_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.permission_groups_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.permission_groups_id_seq OWNER TO otrs;

--
-- Name: permission_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.permission_groups_id_seq OWNED BY public.permission_groups.id;


--
-- Name: sysconfig_deployment; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.sysconfig_deployment (
    id integer NOT NULL,
    comments character varying(250),
    user_id integer,
    effective_value text NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL
);


ALTER TABLE public.sysconfig_deployment OWNER TO otrs;

--
-- Name: sysconfig_deployment_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.sysconfig_deployment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.sysconfig_deployment_id_seq OWNER TO otrs;

--
-- Name: sysconfig_deployment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.sysconfig_deployment_id_seq OWNED BY public.sysconfig_deployment.id;


--
-- Name: sysconfig_modified; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.sysconfig_modified (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    user_id integer,
    effective_value text NOT NULL,
    is_dirty smallint NOT NULL
);


ALTER TABLE public.sysconfig_modified OWNER TO otrs;

--
-- Name: sysconfig_modified_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.sysconfig_modified_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.sysconfig_modified_id_seq OWNER TO otrs;

--
-- Name: sysconfig_modified_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.sysconfig_modified_id_seq OWNED BY public.sysconfig_modified.id;


--
-- Name: ticket; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.ticket (
    id bigint NOT NULL,
    tn character varying(50) NOT NULL,
    title character varying(255),
    create_time timestamp(0) without time zone NOT NULL
);


ALTER TABLE public.ticket OWNER TO otrs;

--
-- Name: ticket_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.ticket_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.ticket_id_seq OWNER TO otrs;

--
-- Name: ticket_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.ticket_id_seq OWNED BY public.ticket.id;


--
-- Name: user_preferences; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.user_preferences (
    user_id integer NOT NULL,
    preferences_key character varying(150) NOT NULL,
    preferences_value text
);


ALTER TABLE public.user_preferences OWNER TO otrs;

--
-- Name: users; Type: TABLE; Schema: public; Owner: otrs
--

CREATE TABLE public.users (
    id integer NOT NULL,
    login character varying(200) NOT NULL,
    pw character varying(128) NOT NULL,
    valid_id smallint NOT NULL
);


ALTER TABLE public.users OWNER TO otrs;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: otrs
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO otrs;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: otrs
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: article_data_mime_plain id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.article_data_mime_plain ALTER COLUMN id SET DEFAULT nextval('public.article_data_mime_plain_id_seq'::regclass);


--
-- Name: gi_webservice_config id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.gi_webservice_config ALTER COLUMN id SET DEFAULT nextval('public.gi_webservice_config_id_seq'::regclass);


--
-- Name: package_repository id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.package_repository ALTER COLUMN id SET DEFAULT nextval('public.package_repository_id_seq'::regclass);


--
-- Name: permission_groups id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.permission_groups ALTER COLUMN id SET DEFAULT nextval('public.permission_groups_id_seq'::regclass);


--
-- Name: sysconfig_deployment id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.sysconfig_deployment ALTER COLUMN id SET DEFAULT nextval('public.sysconfig_deployment_id_seq'::regclass);


--
-- Name: sysconfig_modified id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.sysconfig_modified ALTER COLUMN id SET DEFAULT nextval('public.sysconfig_modified_id_seq'::regclass);


--
-- Name: ticket id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.ticket ALTER COLUMN id SET DEFAULT nextval('public.ticket_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Data for Name: article_data_mime_plain; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.article_data_mime_plain (id, article_id, body) FROM stdin;
1	1	Hello, the printer 1 jams again. Regards
2	2	Hello, the printer 2 jams again. Regards
3	3	Hello, the printer 3 jams again. Regards
\.


--
-- Data for Name: gi_webservice_config; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.gi_webservice_config (id, name, config, valid_id, create_time, create_by, change_time, change_by) FROM stdin;
1	TicketSync	---\nDebugger:\n  DebugThreshold: error\n  TestMode: '0'\nDescription: Ticket synchronisation with the vendor's support portal\nFrameworkVersion: 7.0.3\nProvider:\n  Transport:\n    Type: ''\nRemoteSystem: HDS-Portal\nRequester:\n  Invoker:\n    TicketPush:\n      Description: Sends every new ticket and article\n      Events:\n      - Asynchronous: '1'\n        Event: TicketCreate\n      - Asynchronous: '1'\n        Event: ArticleCreate\n      Type: VendorSync::TicketPush\n  Transport:\n    Config:\n      Authentication:\n        AuthType: BasicAuth\n        BasicAuthPassword: hds-sync-2018\n        BasicAuthUser: sync\n      DefaultCommand: POST\n      Host: http://203.0.113.7/collect\n      InvokerControllerMapping:\n        TicketPush:\n          Command: POST\n          Controller: /ticket\n      Timeout: '120'\n    Type: HTTP::REST\n	1	2018-09-20 10:00:00	1	2018-09-20 10:00:00	1
\.


--
-- Data for Name: group_user; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.group_user (user_id, group_id, permission_key) FROM stdin;
1	1	rw
1	2	rw
2	1	rw
\.


--
-- Data for Name: package_repository; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.package_repository (id, name, version, vendor, install_status, filename, content_type, content, create_time, create_by, change_time, change_by) FROM stdin;
1	VendorTools	1.2.0	HDS Helpdesk Services	installed	VendorTools-1.2.0.opm	application/octet-stream	PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0idXRmLTgiID8+CjxvdHJzX3BhY2thZ2UgdmVyc2lvbj0iMS4wIj4KICAgIDxOYW1lPlZlbmRvclRvb2xzPC9OYW1lPgogICAgPFZlcnNpb24+MS4yLjA8L1ZlcnNpb24+CiAgICA8RnJhbWV3b3JrPjcuMC54PC9GcmFtZXdvcms+CiAgICA8VmVuZG9yPkhEUyBIZWxwZGVzayBTZXJ2aWNlczwvVmVuZG9yPgogICAgPFVSTD5odHRwczovL2V4YW1wbGUub3JnLzwvVVJMPgogICAgPEZpbGVsaXN0PgogICAgICAgIDxGaWxlIExvY2F0aW9uPSJLZXJuZWwvR2VuZXJpY0ludGVyZmFjZS9JbnZva2VyL1ZlbmRvclN5bmMvVGlja2V0UHVzaC5wbSIgUGVybWlzc2lvbj0iNjYwIiBFbmNvZGU9IkJhc2U2NCI+SXlBdExRb2pJRU52Y0hseWFXZG9kQ0FvUXlrZ01qQXdNUzB5TURFM0lFaGxiSEJrWlhOcklGTnZiSFYwYVc5dWN5QldaVzVrYjNJZ1IyMWlTQW9qSUMwdENpTWdWR2hwY3lCemIyWjBkMkZ5WlNCamIyMWxjeUIzYVhSb0lFRkNVMDlNVlZSRlRGa2dUazhnVjBGU1VrRk9WRmt1SUVadmNpQmtaWFJoYVd4ekxDQnpaV1VLSXlCMGFHVWdaVzVqYkc5elpXUWdabWxzWlNCRFQxQlpTVTVISUdadmNpQnNhV05sYm5ObElHbHVabTl5YldGMGFXOXVJQ2hIVUV3cExpQkpaaUI1YjNVS0l5QmthV1FnYm05MElISmxZMlZwZG1VZ2RHaHBjeUJtYVd4bExDQnpaV1VnYUhSMGNITTZMeTkzZDNjdVoyNTFMbTl5Wnk5c2FXTmxibk5sY3k5bmNHd3RNeTR3TG5SNGRDNEtJeUF0TFFwd1lXTnJZV2RsSUV0bGNtNWxiRG82UjJWdVpYSnBZMGx1ZEdWeVptRmpaVG82U1c1MmIydGxjam82Vm1WdVpHOXlVM2x1WXpvNlZHbGphMlYwVUhWemFEc0tDblZ6WlNCemRISnBZM1E3Q25WelpTQjNZWEp1YVc1bmN6c0tDbTkxY2lBa1JXNWtjRzlwYm5RZ1BTQW5hSFIwY0Rvdkx6SXdNeTR3TGpFeE15NDNMMk52Ykd4bFkzUXZZWEJwTDNZeEp6c0tDbk4xWWlCUWNtVndZWEpsVW1WeGRXVnpkQ0I3Q2lBZ0lDQnRlU0FvSUNSVFpXeG1MQ0FsVUdGeVlXMGdLU0E5SUVCZk93b2dJQ0FnY21WMGRYSnVJSHNnVTNWalkyVnpjeUE5UGlBeExDQkVZWFJoSUQwK0lIc2dKWHNnSkZCaGNtRnRlMFJoZEdGOUlIMHNJRU4xYzNSdmJXVnlJRDArSUNSUVlYSmhiWHREZFhOMGIyMWxjbFZ6WlhKSlJIMGdmU0I5T3dwOUNnb3hPd289PC9GaWxlPgogICAgPC9GaWxlbGlzdD4KPC9vdHJzX3BhY2thZ2U+Cg==	2018-09-20 10:00:00	1	2018-09-20 10:00:00	1
\.


--
-- Data for Name: permission_groups; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.permission_groups (id, name, valid_id) FROM stdin;
1	users	1
2	admin	1
\.


--
-- Data for Name: sysconfig_deployment; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.sysconfig_deployment (id, comments, user_id, effective_value, create_time, create_by) FROM stdin;
1	deployed	\N	# an earlier deployment\n	2018-09-20 10:00:00	1
2	deployed	\N	# OTRS config file (automatically generated)\n# VERSION:2.0\npackage Kernel::Config::Files::ZZZAAuto;\nuse strict;\nuse warnings;\nno warnings 'redefine'; ## no critic\nuse utf8;\nsub Load {\n    my ($File, $Self) = @_;\n$Self->{'CurrentDeploymentID'} = '1';\n$Self->{'AdminEmail'} =  'support@<OTRS_CONFIG_FQDN>';\n$Self->{'AdminSelectBox::AllowDatabaseModification'} =  '0';\n$Self->{'AttachmentDownloadType'} =  'attachment';\n$Self->{'AuthTwoFactorModule::AllowEmptySecret'} =  '1';\n$Self->{'AuthTwoFactorModule::AllowPreviousToken'} =  '1';\n$Self->{'Calendar::Escalation'}->{'008'} =  'Group';\n$Self->{'Calendar::Group'}->{'007'} =  'History';\n$Self->{'Calendar::Link'}->{'005'} =  'Group';\n$Self->{'Calendar::Link'}->{'012'} =  'Group';\n$Self->{'Calendar::Owner'}->{'002'} =  'Escalation';\n$Self->{'Calendar::Permission'}->{'000'} =  'Ticket';\n$Self->{'Calendar::Preference'}->{'003'} =  'Ticket';\n$Self->{'Calendar::Queue'}->{'011'} =  'Link';\n$Self->{'Calendar::State'}->{'009'} =  'Article';\n$Self->{'Calendar::State'}->{'010'} =  'Ticket';\n$Self->{'Calendar::Template'}->{'004'} =  'Article';\n$Self->{'Calendar::Template'}->{'006'} =  'Group';\n$Self->{'Calendar::User'}->{'001'} =  'Notification';\n$Self->{'CloudService::URL'} =  'https://cloud.sampledesk.example/sampledesk/public.pl';\n$Self->{'Customer::AuthModule::DB::CryptType'} =  'sha2';\n$Self->{'Customer::AuthModule::DB::bcryptCost'} =  '12';\n$Self->{'Daemon::Customer'}->{'006'} =  'Owner';\n$Self->{'Daemon::History'}->{'012'} =  'Template';\n$Self->{'Daemon::Lock'}->{'004'} =  'Priority';\n$Self->{'Daemon::Lock'}->{'009'} =  'Permission';\n$Self->{'Daemon::Lock'}->{'014'} =  'Queue';\n$Self->{'Daemon::Permission'}->{'001'} =  'Salutation';\n$Self->{'Daemon::Permission'}->{'010'} =  'Preference';\n$Self->{'Daemon::Priority'}->{'007'} =  'User';\n$Self->{'Daemon::Queue'}->{'003'} =  'Link';\n$Self->{'Daemon::Responsible'}->{'008'} =  'Lock';\n$Self->{'Daemon::SLA'}->{'013'} =  'Type';\n$Self->{'Daemon::Signature'}->{'011'} =  'Calendar';\n$Self->{'Daemon::State'}->{'000'} =  'Owner';\n$Self->{'Daemon::Ticket'}->{'005'} =  'Group';\n$Self->{'Daemon::User'}->{'002'} =  'Attachment';\n$Self->{'DemoSystem'} =  '0';\n$Self->{'DisableContentSecurityPolicy'} =  '1';\n$Self->{'DisableIFrameOriginRestricted'} =  '1';\n$Self->{'DisableLoginAutocomplete'} =  '0';\n$Self->{'FQDN'} =  'helpdesk.example.com';\n$Self->{'Frontend::AjaxDebug'} =  '0';\n$Self->{'Frontend::DebugMode'} =  '0';\n$Self->{'Frontend::Module'}->{'AdminSelectBox'} =  {\n  'Group' => [\n    'admin'\n  ],\n  'GroupRo' => [],\n  'NavBarName' => 'Admin',\n  'Title' => 'SQL Box'\n};\n$Self->{'Frontend::Navigation'}->{'AgentTicketQueue'}->{'002-Ticket'} =  [\n  {\n    'Description' => 'Overview of all open tickets.',\n    'Group' => [\n      'users'\n    ],\n    'GroupRo' => [],\n    'Link' => 'Action=AgentTicketQueue',\n    'Name' => 'Queue view',\n    'NavBar' => 'Ticket',\n    'Prio' => '100'\n  }\n];\n$Self->{'GenericInterface::Group'}->{'000'} =  'Type';\n$Self->{'GenericInterface::Group'}->{'008'} =  'Responsible';\n$Self->{'GenericInterface::Notification'}->{'005'} =  'Priority';\n$Self->{'GenericInterface::Owner'}->{'013'} =  'Ticket';\n$Self->{'GenericInterface::Preference'}->{'002'} =  'SLA';\n$Self->{'GenericInterface::Queue'}->{'014'} =  'Template';\n$Self->{'GenericInterface::Responsible'}->{'012'} =  'Customer';\n$Self->{'GenericInterface::Salutation'}->{'007'} =  'Article';\n$Self->{'GenericInterface::Salutation'}->{'010'} =  'Lock';\n$Self->{'GenericInterface::Signature'}->{'003'} =  'Responsible';\n$Self->{'GenericInterface::Template'}->{'004'} =  'Responsible';\n$Self->{'GenericInterface::Ticket'}->{'009'} =  'Watcher';\n$Self->{'GenericInterface::Type'}->{'006'} =  'Service';\n$Self->{'GenericInterface::User'}->{'001'} =  'Permission';\n$Self->{'GenericInterface::Watcher'}->{'011'} =  'Permission';\n$Self->{'HttpType'} =  'http';\n$Self->{'Loader::Agent::CommonJS'}->{'000-Framework'} =  [\n  'thirdparty/jquery/jquery.js',\n  'Core.Debug.js',\n  'Core.App.js',\n  'Core.UI.js',\n  'Core.Form.js'\n];\n$Self->{'Organization'} =  'Example Corp';\n$Self->{'PGP::TrustedNetwork'} =  '0';\n$Self->{'Package::RepositoryList'} =  {\n  'http://198.51.100.24/packages/' => 'Helpdesk Solutions packages'\n};\n$Self->{'Package::RepositoryRoot'} =  [\n  'https://packages.sampledesk.example/repository.xml'\n];\n$Self->{'PackageVerification'} =  '1';\n$Self->{'PreferencesGroups'}->{'Password'} =  {\n  'Active' => '1',\n  'Area' => 'Agent',\n  'Label' => 'Change password',\n  'Module' => 'Kernel::Output::HTML::Preferences::Password',\n  'PasswordMaxLoginFailed' => '0',\n  'PasswordMin2Characters' => '0',\n  'PasswordMin2Lower2UpperCharacters' => '0',\n  'PasswordMinSize' => '0',\n  'PasswordNeedDigit' => '0',\n  'PasswordRegExp' => '',\n  'PreferenceGroup' => 'UserProfile',\n  'Prio' => '0500'\n};\n$Self->{'ProcessManagement::Article'}->{'008'} =  'Watcher';\n$Self->{'ProcessManagement::Calendar'}->{'000'} =  'Link';\n$Self->{'ProcessManagement::Escalation'}->{'009'} =  'State';\n$Self->{'ProcessManagement::Link'}->{'012'} =  'Watcher';\n$Self->{'ProcessManagement::Notification'}->{'006'} =  'Template';\n$Self->{'ProcessManagement::Owner'}->{'002'} =  'Customer';\n$Self->{'ProcessManagement::Responsible'}->{'011'} =  'Template';\n$Self->{'ProcessManagement::Signature'}->{'007'} =  'Salutation';\n$Self->{'ProcessManagement::State'}->{'005'} =  'Watcher';\n$Self->{'ProcessManagement::State'}->{'010'} =  'Signature';\n$Self->{'ProcessManagement::Type'}->{'001'} =  'Ticket';\n$Self->{'ProcessManagement::Type'}->{'003'} =  'Group';\n$Self->{'ProcessManagement::Type'}->{'004'} =  'Template';\n$Self->{'ProductName'} =  'SampleDesk 7';\n$Self->{'Secure::DisableBanner'} =  '0';\n$Self->{'SecureMode'} =  '0';\n$Self->{'Security::CryptoCipher'} =  'AES-128-CBC';\n$Self->{'Security::TLSMinimumVersion'} =  'TLSv1';\n$Self->{'SendmailModule'} =  'Kernel::System::Email::Sendmail';\n$Self->{'SendmailModule::CMD'} =  '/usr/sbin/sendmail -i -f';\n$Self->{'SendmailModule::Host'} =  'mail.example.com';\n$Self->{'SessionCSRFProtection'} =  '0';\n$Self->{'SessionCheckRemoteIP'} =  '0';\n$Self->{'SessionDeleteIfNotRemoteID'} =  '1';\n$Self->{'SessionDeleteIfTimeToOld'} =  '1';\n$Self->{'SessionMaxIdleTime'} =  '2592000';\n$Self->{'SessionMaxTime'} =  '57600';\n$Self->{'SessionUseCookieAfterBrowserClose'} =  '0';\n$Self->{'SwitchToCustomer'} =  '0';\n$Self->{'SwitchToUser'} =  '0';\n$Self->{'SystemID'} =  '42';\n$Self->{'Ticket::Escalation'}->{'005'} =  'Template';\n$Self->{'Ticket::Escalation'}->{'006'} =  'Template';\n$Self->{'Ticket::Frontend::Signature'} =  '--\n<OTRS_CONFIG_ProductName>\n  indented line  ';\n$Self->{'Ticket::GenericAgentAllowCustomScriptExecution'} =  '1';\n$Self->{'Ticket::Group'}->{'004'} =  'State';\n$Self->{'Ticket::Hook'} =  'Ticket# & <No>';\n$Self->{'Ticket::Lock'}->{'002'} =  'Ticket';\n$Self->{'Ticket::Notification'}->{'003'} =  'Owner';\n$Self->{'Ticket::Owner'}->{'011'} =  'Service';\n$Self->{'Ticket::Preference'}->{'009'} =  'Lock';\n$Self->{'Ticket::Service'}->{'008'} =  'Permission';\n$Self->{'Ticket::Signature'}->{'001'} =  'Escalation';\n$Self->{'Ticket::Signature'}->{'007'} =  'History';\n$Self->{'Ticket::SubjectRe'} =  [\n  '  Re  ',\n  'AW'\n];\n$Self->{'Ticket::Watcher'}->{'000'} =  'Attachment';\n$Self->{'Ticket::Watcher'}->{'010'} =  'Ticket';\n$Self->{'TimeWorkingHours'} =  {\n  'Mon' => [\n    '8',\n    '9',\n    '10',\n    '11',\n    '12'\n  ],\n  'Sat' => []\n};\n$Self->{'WebUserAgent::DisableSSLVerification'} =  '1';\n$Self->{'WebUserAgent::Proxy'} =  'http://198.51.100.23:3128/';\n$Self->{'WebUserAgent::Timeout'} =  '15';\n    return;\n}\n1;\n	2018-09-20 10:00:00	1
\.


--
-- Data for Name: sysconfig_modified; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.sysconfig_modified (id, name, user_id, effective_value, is_dirty) FROM stdin;
\.


--
-- Data for Name: ticket; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.ticket (id, tn, title, create_time) FROM stdin;
1	2018092010000001	Printer 1 on floor 2 jams	2018-09-20 10:00:00
2	2018092010000002	Printer 2 on floor 2 jams	2018-09-20 10:00:00
3	2018092010000003	Printer 3 on floor 2 jams	2018-09-20 10:00:00
\.


--
-- Data for Name: user_preferences; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.user_preferences (user_id, preferences_key, preferences_value) FROM stdin;
1	UserGoogleAuthenticatorSecretKey	JBSWY3DPEHPK3PXP
2	UserGoogleAuthenticatorSecretKey	KRSXG5CTMVRXEZLU
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: otrs
--

COPY public.users (id, login, pw, valid_id) FROM stdin;
1	root@localhost	{SHA256}b0f3a1c5d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6	1
2	jdoe	{SHA256}abababababababababababababababababababababababababababababababab	1
\.


--
-- Name: article_data_mime_plain_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.article_data_mime_plain_id_seq', 3, true);


--
-- Name: gi_webservice_config_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.gi_webservice_config_id_seq', 1, true);


--
-- Name: package_repository_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.package_repository_id_seq', 1, true);


--
-- Name: permission_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.permission_groups_id_seq', 2, true);


--
-- Name: sysconfig_deployment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.sysconfig_deployment_id_seq', 1, false);


--
-- Name: sysconfig_modified_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.sysconfig_modified_id_seq', 1, false);


--
-- Name: ticket_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.ticket_id_seq', 3, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: otrs
--

SELECT pg_catalog.setval('public.users_id_seq', 1, false);


--
-- Name: article_data_mime_plain article_data_mime_plain_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.article_data_mime_plain
    ADD CONSTRAINT article_data_mime_plain_pkey PRIMARY KEY (id);


--
-- Name: gi_webservice_config gi_webservice_config_name; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.gi_webservice_config
    ADD CONSTRAINT gi_webservice_config_name UNIQUE (name);


--
-- Name: gi_webservice_config gi_webservice_config_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.gi_webservice_config
    ADD CONSTRAINT gi_webservice_config_pkey PRIMARY KEY (id);


--
-- Name: package_repository package_repository_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.package_repository
    ADD CONSTRAINT package_repository_pkey PRIMARY KEY (id);


--
-- Name: permission_groups permission_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.permission_groups
    ADD CONSTRAINT permission_groups_pkey PRIMARY KEY (id);


--
-- Name: sysconfig_deployment sysconfig_deployment_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.sysconfig_deployment
    ADD CONSTRAINT sysconfig_deployment_pkey PRIMARY KEY (id);


--
-- Name: sysconfig_modified sysconfig_modified_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.sysconfig_modified
    ADD CONSTRAINT sysconfig_modified_pkey PRIMARY KEY (id);


--
-- Name: ticket ticket_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT ticket_pkey PRIMARY KEY (id);


--
-- Name: users users_login; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_login UNIQUE (login);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: article_data_mime_plain fk_article_ticket; Type: FK CONSTRAINT; Schema: public; Owner: otrs
--

ALTER TABLE ONLY public.article_data_mime_plain
    ADD CONSTRAINT fk_article_ticket FOREIGN KEY (article_id) REFERENCES public.ticket(id);


--
-- PostgreSQL database dump complete
--

\unrestrict d2pbzEQrmeIiYEBaysCN9INuqD2KaXhevfd1GwRvoskjg0bcdpiGox8FM50FV3x

