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
    private PersonalDataKeyRing? _ring;

    public PersonalDataKeyRing Ring => _ring ??= source.Load();

    public string CurrentKeyId => Ring.CurrentKeyId;

    public static bool IsEncrypted(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public string Encrypt(PersonalDataKind kind, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var ring = Ring;
        return Prefix + ring.CurrentKeyId + ":" + Convert.ToBase64String(AesGcmBox.Seal(ring.CurrentKey, Encoding.UTF8.GetBytes(plaintext), AssociatedData(kind)));
    }

    public string Decrypt(PersonalDataKind kind, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsEncrypted(stored))
        {
            throw new CryptographicException("The value is not in the encrypted personal data format.");
        }

        var separator = stored.IndexOf(':', Prefix.Length);
        var key = KeyById(stored[Prefix.Length..separator]);
        return Encoding.UTF8.GetString(AesGcmBox.Open(key, Convert.FromBase64String(stored[(separator + 1)..]), AssociatedData(kind)));
    }

    /// <summary>A key of the ring by id; an id it does not know makes it reload the key file once (another process may have rotated).</summary>
    public byte[] KeyById(string keyId)
    {
        if (!Ring.Keys.ContainsKey(keyId))
        {
            _ring = source.Load();
        }

        return Ring.Keys.TryGetValue(keyId, out var found)
            ? found
            : throw new CryptographicException($"Personal data key '{keyId}' is not in the key file.");
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
