using System.Security.Cryptography;
using System.Text;

namespace Zongzhi.Domain.SelfService;

/// <summary>
/// The stored form of a 查询码: PBKDF2-SHA256 with a per-matter salt, so a copy of the database does not give the
/// codes away cheaply; checking one code costs a few milliseconds, and attempts are rate-limited.
/// </summary>
public static class QueryCodeHash
{
    /// <summary>PBKDF2 iterations.</summary>
    public const int Iterations = 20_000;

    private const int SaltSize = 16;
    private const int HashSize = 32;

    /// <summary>A new random salt.</summary>
    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltSize);

    /// <summary>The hash of a normalised code with its salt.</summary>
    /// <param name="code">The code (<see cref="QueryCode.Normalise"/>).</param>
    /// <param name="salt">The matter's salt.</param>
    public static byte[] Compute(string code, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(salt);
        return Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, HashSize);
    }

    /// <summary>Whether <paramref name="code"/> matches, in constant time.</summary>
    /// <param name="code">The normalised code typed by the party.</param>
    /// <param name="salt">The stored salt.</param>
    /// <param name="hash">The stored hash.</param>
    public static bool Matches(string code, byte[] salt, byte[] hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return CryptographicOperations.FixedTimeEquals(Compute(code, salt), hash);
    }
}
