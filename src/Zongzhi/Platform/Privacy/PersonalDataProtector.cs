using System.Security.Cryptography;
using System.Text;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// Encrypts ID and phone numbers at rest with AES-256-GCM (random 96-bit nonce, the kind bound as associated data)
/// and computes the keyed search hash (HMAC-SHA256 of the normalised value). Stored form:
/// <c>pd1:{keyId}:{base64(nonce ‖ ciphertext ‖ tag)}</c>; encryption uses the current key, decryption any known
/// key (a key id it does not know makes it reload the keys once: another process may have rotated them).
/// </summary>
public sealed class PersonalDataProtector(PersonalDataKeySource source)
{
    public const string Prefix = "pd1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private PersonalDataKeyRing? _ring;

    public PersonalDataKeyRing Ring => _ring ??= source.Load();

    public string CurrentKeyId => Ring.CurrentKeyId;

    public static bool IsEncrypted(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public string Encrypt(PersonalDataKind kind, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var ring = Ring;
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + data.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(ring.CurrentKey, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize, data.Length), output.AsSpan(NonceSize + data.Length), AssociatedData(kind));
        return Prefix + ring.CurrentKeyId + ":" + Convert.ToBase64String(output);
    }

    public string Decrypt(PersonalDataKind kind, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsEncrypted(stored))
        {
            throw new CryptographicException("The value is not in the encrypted personal data format.");
        }

        var separator = stored.IndexOf(':', Prefix.Length);
        var keyId = stored[Prefix.Length..separator];
        if (!Ring.Keys.ContainsKey(keyId))
        {
            _ring = source.Load();
        }

        var key = Ring.Keys.TryGetValue(keyId, out var found)
            ? found
            : throw new CryptographicException($"Personal data key '{keyId}' is not in the key file.");
        var input = Convert.FromBase64String(stored[(separator + 1)..]);
        var length = input.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), plaintext, AssociatedData(kind));
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>The keyed hash of the normalised value (64 hex characters), for exact-match search.</summary>
    public string SearchHash(PersonalDataKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var data = Encoding.UTF8.GetBytes(kind + ":" + Normalise(kind, value));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Ring.SearchKey, data));
    }

    /// <summary>ID numbers: no spaces, upper-case check character; phones: digits only.</summary>
    public static string Normalise(PersonalDataKind kind, string value) => kind switch
    {
        PersonalDataKind.IdNumber => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant(),
        PersonalDataKind.Phone => string.Concat(value.Where(char.IsAsciiDigit)),
    };

    /// <summary>Adds a new current key to the key file; existing values stay readable with their old key.</summary>
    public PersonalDataKeyRing Rotate()
    {
        var next = source.Load().WithNewCurrentKey();
        source.Save(next);
        _ring = next;
        return next;
    }

    private static byte[] AssociatedData(PersonalDataKind kind) => Encoding.ASCII.GetBytes("zongzhi:" + kind);
}
