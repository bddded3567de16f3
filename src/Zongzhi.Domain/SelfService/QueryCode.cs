using System.Security.Cryptography;
using System.Text;

namespace Zongzhi.Domain.SelfService;

/// <summary>
/// 查询码 (一案一码): the secret printed on the receipt with which the party looks up the matter. Ten characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), drawn from a cryptographic random source; stored only as a hash.
/// </summary>
public static class QueryCode
{
    /// <summary>The characters a code is drawn from: digits 2–9 and capital letters except I, L and O.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Characters in a code: 10 × log2(31) ≈ 49.5 bits.</summary>
    public const int Length = 10;

    /// <summary>A new code from <see cref="RandomNumberGenerator"/>.</summary>
    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>
    /// What the party typed, as a code: spaces and dashes dropped, lower case raised, and the look-alikes mapped
    /// (O→0 is not in the alphabet, so a typed O or 0 can never match; that is intended). Null when it cannot be a code.
    /// </summary>
    /// <param name="typed">The input.</param>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-' or '　' or '－')
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        var code = builder.ToString();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>The code as printed: two groups of five, e.g. <c>K7M4Q-9P2XA</c>.</summary>
    /// <param name="code">A code from <see cref="New"/>.</param>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == Length ? code[..5] + "-" + code[5..] : code;
    }

    /// <summary>
    /// How a clerk reads the code out on the phone, one character at a time: digits as Chinese numerals, letters
    /// as "字母K", e.g. "七、字母K、…".
    /// </summary>
    /// <param name="code">A code from <see cref="New"/>.</param>
    public static IReadOnlyList<string> ReadAloud(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return [.. code.Select(c => char.IsAsciiDigit(c) ? "零一二三四五六七八九"[c - '0'].ToString() : "字母" + c)];
    }
}
