"""Configuration parsers: read product configuration files as text, never run them.

* ``perl``: Perl configuration files (OTRS ``Kernel/Config.pm``, ``ZZZAAuto.pm``,
  ``Defaults.pm``; RT ``RT_Config.pm`` / ``RT_SiteConfig.pm``), parsed as data.
* ``otrs_xml``: OTRS SysConfig XML setting definitions (defaults).
* ``settings``: loading a profile's configuration sources in load order into
  effective settings, with the file and line that set each value.
"""
