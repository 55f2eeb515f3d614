#!/usr/bin/perl
# Writes the compact Unicode Character Database that Herthon's `unicodedata` module (and \N{...})
# reads, from the UCD that Perl ships (Debian's perl-modules-5.36: Unicode 14.0.0, the version
# CPython 3.11 uses). Run by the build (Interpreter.csproj): perl mkucd.pl OUT.gz
# Format (gzip'd text), one section per "@name" line:
#   @gc @bc @ccc @ea @bm @fce @lower @upper @cased @ci @xids @xidc @age32  inversion lists: "START VALUE" (hex start; a value holds to the next start)
#   @decomp  "CP TAG CP..."    TAG is "-" for a canonical mapping, else UnicodeData.txt's tag without <>
#   @num     "CP TYPE VALUE"   TYPE D (decimal), d (digit), N (numeric); VALUE an integer or a/b
#   @names   "CP NAME"         every character name except the algorithmic ones
#   @cjk     "START END"       CJK UNIFIED IDEOGRAPH-XXXX ranges (Hangul syllables are always algorithmic)
#   @alias   "CP NAME"         NameAliases.txt (all types)
#   @seq     "NAME CP CP..."   NamedSequences.txt
use strict;
use warnings;
use Unicode::UCD qw(prop_invmap prop_value_aliases namedseq);
use IO::Compress::Gzip qw($GzipError);

my $out = shift @ARGV or die "usage: mkucd.pl OUT.gz\n";
my $version = Unicode::UCD::UnicodeVersion();
die "mkucd.pl: Perl's UCD is $version, CPython 3.11 uses 14.0.0\n" unless $version eq '14.0.0';

my $text = "\@version\n$version\n";

# Enumerated properties as inversion lists, values in their short names.
sub invlist {
    my ($section, $prop, $short) = @_;
    my ($list, $map) = prop_invmap($prop);
    $text .= "\@$section\n";
    for my $i (0 .. $#$list) {
        my $v = $map->[$i];
        if ($short) {
            my @names = prop_value_aliases($prop, $v);
            $v = $names[0] if @names;
        }
        $text .= sprintf("%X %s\n", $list->[$i], $v);
    }
}
invlist('gc', 'General_Category', 1);
invlist('bc', 'Bidi_Class', 1);
invlist('ccc', 'Canonical_Combining_Class', 0);
invlist('ea', 'East_Asian_Width', 1);
invlist('bm', 'Bidi_Mirrored', 0);
invlist('fce', 'Full_Composition_Exclusion', 0);
# What str's methods ask (islower, isidentifier, ...), as CPython's _PyUnicode_TypeRecord flags.
invlist('lower', 'Lowercase', 0);
invlist('upper', 'Uppercase', 0);
invlist('cased', 'Cased', 0);
invlist('ci', 'Case_Ignorable', 0);
invlist('xids', 'XID_Start', 0);
invlist('xidc', 'XID_Continue', 0);

# Which code points Unicode 3.2 had assigned (for ucd_3_2_0, used by idna and stringprep).
{
    my ($list, $map) = prop_invmap('Age');
    $text .= "\@age32\n";
    for my $i (0 .. $#$list) {
        my $age = $map->[$i];
        my $old = $age ne 'Unassigned' && $age =~ /^(\d+)\.(\d+)/ && ($1 < 3 || ($1 == 3 && $2 <= 2));
        $text .= sprintf("%X %s\n", $list->[$i], $old ? 'Y' : 'N');
    }
}

# Decompositions with their UnicodeData.txt tags. 'ad' format: a scalar value is the first code
# point of a range whose members map to consecutive code points; Hangul syllables are algorithmic.
{
    my ($dlist, $dmap) = prop_invmap('Decomposition_Mapping');
    my ($tlist, $tmap) = prop_invmap('Decomposition_Type');
    my %tag;
    for my $i (0 .. $#$tlist) {
        my $t = $tmap->[$i];
        next if $t eq 'None' || $t eq 'Canonical';
        my $end = $i < $#$tlist ? $tlist->[$i + 1] : 0x110000;
        (my $name = lc $t) =~ s/_//g;
        $name = 'noBreak' if $name eq 'nobreak';
        $tag{$_} = $name for $tlist->[$i] .. $end - 1;
    }
    $text .= "\@decomp\n";
    for my $i (0 .. $#$dlist) {
        my $v = $dmap->[$i];
        my $start = $dlist->[$i];
        my $end = $i < $#$dlist ? $dlist->[$i + 1] : 0x110000;
        next if !ref $v && ($v eq '0' || $v !~ /^\d+$/);
        for my $cp ($start .. $end - 1) {
            my @to = ref $v ? @$v : ($v + $cp - $start);
            $text .= sprintf("%X %s %s\n", $cp, $tag{$cp} // '-', join(' ', map { sprintf '%04X', $_ } @to));
        }
    }
}

# Numeric values ('ar': an integer value counts up along its range) with their types.
{
    my ($vlist, $vmap) = prop_invmap('Numeric_Value');
    my ($tlist, $tmap) = prop_invmap('Numeric_Type');
    my %type;
    for my $i (0 .. $#$tlist) {
        my $t = $tmap->[$i];
        next if $t eq 'None';
        my $end = $i < $#$tlist ? $tlist->[$i + 1] : 0x110000;
        $type{$_} = $t eq 'Decimal' ? 'D' : $t eq 'Digit' ? 'd' : 'N' for $tlist->[$i] .. $end - 1;
    }
    $text .= "\@num\n";
    for my $i (0 .. $#$vlist) {
        my $v = $vmap->[$i];
        next if $v eq 'NaN';
        my $start = $vlist->[$i];
        my $end = $i < $#$vlist ? $vlist->[$i + 1] : 0x110000;
        for my $cp ($start .. $end - 1) {
            my $value = $v =~ m{/} ? $v : $v + $cp - $start;
            $text .= sprintf("%X %s %s\n", $cp, $type{$cp} // 'N', $value);
        }
    }
}

# Names. UnicodeData.txt lists CJK compatibility ideographs, Khitan and Nushu one by one (so CPython
# names them), while CJK unified ideographs are algorithmic and Tangut ideographs have no name.
{
    my ($list, $map) = prop_invmap('Name');
    my $names = '';
    my $cjk = '';
    for my $i (0 .. $#$list) {
        my $v = $map->[$i];
        next if $v eq '' || $v =~ /^</;
        my $start = $list->[$i];
        my $end = $i < $#$list ? $list->[$i + 1] : 0x110000;
        if ($v =~ /^(.*)-<code point>$/) {
            my $prefix = $1;
            if ($prefix eq 'CJK UNIFIED IDEOGRAPH') { $cjk .= sprintf("%X %X\n", $start, $end - 1); next; }
            next if $prefix =~ /^TANGUT IDEOGRAPH/;
            $names .= sprintf("%X %s-%X\n", $_, $prefix, $_) for $start .. $end - 1;
            next;
        }
        # Names of consecutive code points sharing one string never happen outside the ranges above.
        $names .= sprintf("%X %s\n", $start, $v);
    }
    $text .= "\@names\n$names\@cjk\n$cjk";
}

{
    my ($list, $map) = prop_invmap('Name_Alias');
    $text .= "\@alias\n";
    for my $i (0 .. $#$list) {
        my $v = $map->[$i];
        next if !ref $v && $v eq '';
        for my $entry (ref $v ? @$v : ($v)) {
            my ($name) = $entry =~ /^(.*): \w+$/ or die "mkucd.pl: odd alias '$entry'\n";
            $text .= sprintf("%X %s\n", $list->[$i], $name);
        }
    }
}

{
    my %seqs = namedseq();
    $text .= "\@seq\n";
    for my $name (sort keys %seqs) {
        $text .= join(' ', $name, map { sprintf '%04X', ord } split //, $seqs{$name}) . "\n";
    }
}

IO::Compress::Gzip::gzip(\$text => $out, Minimal => 1, -Level => 9)
    or die "mkucd.pl: $GzipError\n";
