using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FriendlyGov.Frameworks.Tests.Fuzzing;

/// <summary>
/// Breaks a valid document in one random way, at the byte level (flip, insert, delete, truncate,
/// duplicate) or the JSON level (an extreme number, a duplicated property, a value of another
/// type, deep nesting, a hostile string). The same seed gives the same mutation.
/// </summary>
internal static partial class Mutator
{
    /// <summary>Numbers at and past the edges of what a reader accepts.</summary>
    private static readonly string[] ExtremeNumbers =
    [
        "1e30", "-1e30", "1e999999", "-1e999999", "1e-999999", "79228162514264337593543950336",
        "-79228162514264337593543950335", "0.0000000000000000000000000001", "-0", "-1", "0", "2147483648",
        "NaN", "Infinity", "-Infinity", "1.5", "1e2", "00", "1.", ".5",
    ];

    /// <summary>Values of every JSON type, some of them hostile.</summary>
    private static readonly string[] OtherValues =
    [
        "null", "true", "false", "0", "\"\"", "\" \"", "[]", "{}", "\"x\"", "[1, \"a\", null]",
        "{ \"a\": 1 }", "\"\\u001b[2J\"", "\"\\u0000\"", "\"Ho\\u0300a\"", "\"2024-02-30\"", "\"\\ud800\"",
    ];

    [GeneratedRegex("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")]
    private static partial Regex NumberToken();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringToken();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"\\s*:\\s*")]
    private static partial Regex PropertyName();

    /// <summary>A mutated copy of <paramref name="input"/> and what was done to it.</summary>
    public static (byte[] Bytes, string What) Mutate(byte[] input, Random random)
    {
        var text = Encoding.UTF8.GetString(input);
        return random.Next(12) switch
        {
            0 => FlipBit(input, random),
            1 => InsertBytes(input, random),
            2 => DeleteBytes(input, random),
            3 => Truncate(input, random),
            4 => DuplicateBytes(input, random),
            5 => Text(ReplaceToken(text, NumberToken(), random, _ => Pick(ExtremeNumbers, random)), "an extreme number"),
            6 => Text(DuplicateProperty(text, random), "a duplicated property"),
            7 => Text(ReplaceToken(text, NumberToken(), random, _ => Pick(OtherValues, random)), "a number of another type"),
            8 => Text(ReplaceToken(text, StringToken(), random, _ => Pick(OtherValues, random)), "a string of another type"),
            9 => Text(ReplaceToken(text, NumberToken(), random, n => Nest(n, random)), "deep nesting"),
            10 => Text(ReplaceToken(text, StringToken(), random, _ => $"\"{new string('a', random.Next(1, 200_000))}\""), "a long string"),
            _ => Text(RemoveProperty(text, random), "a removed property"),
        };
    }

    private static (byte[], string) Text(string text, string what) => (Encoding.UTF8.GetBytes(text), what);

    private static T Pick<T>(T[] items, Random random) => items[random.Next(items.Length)];

    private static (byte[], string) FlipBit(byte[] input, Random random)
    {
        var bytes = (byte[])input.Clone();
        var at = random.Next(bytes.Length);
        bytes[at] ^= (byte)(1 << random.Next(8));
        return (bytes, $"a bit flipped at byte {at}");
    }

    private static (byte[], string) InsertBytes(byte[] input, Random random)
    {
        var at = random.Next(input.Length + 1);
        var inserted = new byte[random.Next(1, 8)];
        random.NextBytes(inserted);
        return ([.. input[..at], .. inserted, .. input[at..]], $"{inserted.Length} bytes inserted at {at}");
    }

    private static (byte[], string) DeleteBytes(byte[] input, Random random)
    {
        var at = random.Next(input.Length);
        var length = Math.Min(random.Next(1, 64), input.Length - at);
        return ([.. input[..at], .. input[(at + length)..]], $"{length} bytes deleted at {at}");
    }

    private static (byte[], string) Truncate(byte[] input, Random random)
    {
        var length = random.Next(input.Length);
        return (input[..length], $"truncated to {length} bytes");
    }

    private static (byte[], string) DuplicateBytes(byte[] input, Random random)
    {
        var at = random.Next(input.Length);
        var length = Math.Min(random.Next(1, 256), input.Length - at);
        return ([.. input[..(at + length)], .. input[at..]], $"{length} bytes at {at} duplicated");
    }

    private static string ReplaceToken(string text, Regex token, Random random, Func<string, string> replace)
    {
        var matches = token.Matches(text);
        if (matches.Count == 0) return text;
        var match = matches[random.Next(matches.Count)];
        return string.Concat(text.AsSpan(0, match.Index), replace(match.Value), text.AsSpan(match.Index + match.Length));
    }

    private static string Nest(string value, Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(1, 70) : random.Next(1_000, 20_000);
        return new string('[', depth) + value + new string(']', depth);
    }

    /// <summary>Puts a copy of a property's name with another value just before it, in the same object.</summary>
    private static string DuplicateProperty(string text, Random random)
    {
        var matches = PropertyName().Matches(text);
        if (matches.Count == 0) return text;
        var match = matches[random.Next(matches.Count)];
        return text.Insert(match.Index, match.Value + Pick(OtherValues, random) + ", ");
    }

    /// <summary>Removes a property's name, leaving its value where a name should be, or removes the name and value when the value is a number or string.</summary>
    private static string RemoveProperty(string text, Random random)
    {
        var matches = PropertyName().Matches(text);
        if (matches.Count == 0) return text;
        var match = matches[random.Next(matches.Count)];
        var rest = text[(match.Index + match.Length)..];
        var value = StringToken().Match(rest) is { Success: true, Index: 0 } s ? s.Value
            : NumberToken().Match(rest) is { Success: true, Index: 0 } n ? n.Value
            : string.Empty;
        var after = match.Index + match.Length + value.Length;
        var skipComma = after < text.Length && text[after] == ',' ? 1 : 0;
        return string.Concat(text.AsSpan(0, match.Index), text.AsSpan(after + skipComma));
    }

    /// <summary>An integer from an environment variable, or the default.</summary>
    public static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
