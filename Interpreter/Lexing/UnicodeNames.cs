namespace Herthon.Lexing;

/// <summary>
/// A small table for `\N{...}` escapes. .NET ships no Unicode character-name database, so we
/// cover the names real programs tend to use; others raise CPython's "unknown Unicode character
/// name" SyntaxError.
/// </summary>
internal static class UnicodeNames
{
    private static readonly Dictionary<string, string> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NULL"] = "\0", ["BELL"] = "\a", ["BACKSPACE"] = "\b", ["CHARACTER TABULATION"] = "\t",
        ["LINE FEED"] = "\n", ["LF"] = "\n", ["CARRIAGE RETURN"] = "\r", ["CR"] = "\r", ["ESCAPE"] = "\u001b",
        ["SPACE"] = " ", ["NO-BREAK SPACE"] = "\u00a0", ["NBSP"] = "\u00a0", ["EXCLAMATION MARK"] = "!",
        ["QUOTATION MARK"] = "\"", ["NUMBER SIGN"] = "#", ["DOLLAR SIGN"] = "$", ["PERCENT SIGN"] = "%",
        ["AMPERSAND"] = "&", ["APOSTROPHE"] = "'", ["LEFT PARENTHESIS"] = "(", ["RIGHT PARENTHESIS"] = ")",
        ["ASTERISK"] = "*", ["PLUS SIGN"] = "+", ["COMMA"] = ",", ["HYPHEN-MINUS"] = "-", ["FULL STOP"] = ".",
        ["SOLIDUS"] = "/", ["COLON"] = ":", ["SEMICOLON"] = ";", ["LESS-THAN SIGN"] = "<", ["EQUALS SIGN"] = "=",
        ["GREATER-THAN SIGN"] = ">", ["QUESTION MARK"] = "?", ["COMMERCIAL AT"] = "@", ["REVERSE SOLIDUS"] = "\\",
        ["LOW LINE"] = "_", ["GRAVE ACCENT"] = "`", ["TILDE"] = "~", ["VERTICAL LINE"] = "|",
        ["LEFT CURLY BRACKET"] = "{", ["RIGHT CURLY BRACKET"] = "}", ["LEFT SQUARE BRACKET"] = "[", ["RIGHT SQUARE BRACKET"] = "]",
        ["DIGIT ZERO"] = "0", ["DIGIT ONE"] = "1", ["DIGIT TWO"] = "2", ["DIGIT THREE"] = "3", ["DIGIT FOUR"] = "4",
        ["DIGIT FIVE"] = "5", ["DIGIT SIX"] = "6", ["DIGIT SEVEN"] = "7", ["DIGIT EIGHT"] = "8", ["DIGIT NINE"] = "9",
        ["SECTION SIGN"] = "\u00a7", ["COPYRIGHT SIGN"] = "\u00a9", ["REGISTERED SIGN"] = "\u00ae", ["DEGREE SIGN"] = "\u00b0",
        ["PLUS-MINUS SIGN"] = "\u00b1", ["MICRO SIGN"] = "\u00b5", ["PILCROW SIGN"] = "\u00b6", ["MIDDLE DOT"] = "\u00b7",
        ["MULTIPLICATION SIGN"] = "\u00d7", ["DIVISION SIGN"] = "\u00f7", ["POUND SIGN"] = "\u00a3", ["YEN SIGN"] = "\u00a5",
        ["EURO SIGN"] = "\u20ac", ["CENT SIGN"] = "\u00a2",
        ["LATIN SMALL LETTER A WITH ACUTE"] = "\u00e1", ["LATIN SMALL LETTER E WITH ACUTE"] = "\u00e9",
        ["LATIN SMALL LETTER E WITH GRAVE"] = "\u00e8", ["LATIN SMALL LETTER A WITH GRAVE"] = "\u00e0",
        ["LATIN SMALL LETTER C WITH CEDILLA"] = "\u00e7", ["LATIN SMALL LETTER N WITH TILDE"] = "\u00f1",
        ["LATIN SMALL LETTER O WITH DIAERESIS"] = "\u00f6", ["LATIN SMALL LETTER U WITH DIAERESIS"] = "\u00fc",
        ["LATIN SMALL LETTER A WITH DIAERESIS"] = "\u00e4", ["LATIN SMALL LETTER SHARP S"] = "\u00df",
        ["LATIN CAPITAL LETTER E WITH ACUTE"] = "\u00c9",
        ["GREEK SMALL LETTER ALPHA"] = "\u03b1", ["GREEK SMALL LETTER BETA"] = "\u03b2", ["GREEK SMALL LETTER GAMMA"] = "\u03b3",
        ["GREEK SMALL LETTER DELTA"] = "\u03b4", ["GREEK SMALL LETTER EPSILON"] = "\u03b5", ["GREEK SMALL LETTER LAMDA"] = "\u03bb",
        ["GREEK SMALL LETTER MU"] = "\u03bc", ["GREEK SMALL LETTER PI"] = "\u03c0", ["GREEK SMALL LETTER SIGMA"] = "\u03c3",
        ["GREEK SMALL LETTER OMEGA"] = "\u03c9", ["GREEK CAPITAL LETTER DELTA"] = "\u0394", ["GREEK CAPITAL LETTER SIGMA"] = "\u03a3",
        ["GREEK CAPITAL LETTER OMEGA"] = "\u03a9", ["GREEK CAPITAL LETTER PI"] = "\u03a0",
        ["EN DASH"] = "\u2013", ["EM DASH"] = "\u2014", ["LEFT SINGLE QUOTATION MARK"] = "\u2018",
        ["RIGHT SINGLE QUOTATION MARK"] = "\u2019", ["LEFT DOUBLE QUOTATION MARK"] = "\u201c",
        ["RIGHT DOUBLE QUOTATION MARK"] = "\u201d", ["BULLET"] = "\u2022", ["HORIZONTAL ELLIPSIS"] = "\u2026",
        ["ZERO WIDTH SPACE"] = "\u200b", ["ZERO WIDTH JOINER"] = "\u200d", ["BYTE ORDER MARK"] = "\ufeff",
        ["ZERO WIDTH NO-BREAK SPACE"] = "\ufeff", ["REPLACEMENT CHARACTER"] = "\ufffd",
        ["LEFTWARDS ARROW"] = "\u2190", ["UPWARDS ARROW"] = "\u2191", ["RIGHTWARDS ARROW"] = "\u2192", ["DOWNWARDS ARROW"] = "\u2193",
        ["INFINITY"] = "\u221e", ["NOT EQUAL TO"] = "\u2260", ["LESS-THAN OR EQUAL TO"] = "\u2264",
        ["GREATER-THAN OR EQUAL TO"] = "\u2265", ["SQUARE ROOT"] = "\u221a", ["N-ARY SUMMATION"] = "\u2211",
        ["CHECK MARK"] = "\u2713", ["HEAVY CHECK MARK"] = "\u2714", ["BALLOT X"] = "\u2717", ["MULTIPLICATION X"] = "\u2715",
        ["BLACK STAR"] = "\u2605", ["WHITE STAR"] = "\u2606", ["BLACK HEART SUIT"] = "\u2665", ["SNOWMAN"] = "\u2603",
        ["BOX DRAWINGS LIGHT HORIZONTAL"] = "\u2500", ["BOX DRAWINGS LIGHT VERTICAL"] = "\u2502", ["FULL BLOCK"] = "\u2588",
        ["GRINNING FACE"] = "\U0001F600", ["SNAKE"] = "\U0001F40D", ["THUMBS UP SIGN"] = "\U0001F44D",
        ["PILE OF POO"] = "\U0001F4A9", ["FACE WITH TEARS OF JOY"] = "\U0001F602", ["SMILING FACE WITH SMILING EYES"] = "\U0001F60A",
    };

    public static IEnumerable<(string Name, string Text)> All()
    {
        foreach (var kv in Table) yield return (kv.Key, kv.Value);
    }

    public static string? Lookup(string name) => Table.TryGetValue(name.Trim(), out var s) ? s : null;
}
