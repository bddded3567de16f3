using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// Encrypts the Data Protection keys (which sign the login cookies and antiforgery tokens) before they are stored in the
/// database, with AES-256-GCM under a key derived from the personal-data key file. The keys live in the database so
/// that several app nodes share them; without this a copy of the database alone (a dump, a stolen backup) would let
/// anyone forge a login cookie of any user. Old keys stay readable after a personal-data key rotation: the ring keeps
/// every earlier key, and each stored key names the one it was encrypted with.
/// </summary>
public sealed class KeyFileXmlEncryptor(PersonalDataProtector protector) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var ring = protector.Ring;
        var sealedKey = AesGcmBox.Seal(KeyFileXmlCrypto.Derive(ring.CurrentKey),
            Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)), KeyFileXmlCrypto.AssociatedData);
        var element = new XElement(KeyFileXmlCrypto.ElementName,
            new XAttribute("keyId", ring.CurrentKeyId),
            new XComment(" Encrypted with the personal-data key file (Zongzhi:Privacy:KeyFile). "),
            Convert.ToBase64String(sealedKey));
        return new EncryptedXmlInfo(element, typeof(KeyFileXmlDecryptor));
    }
}

/// <summary>Decrypts what <see cref="KeyFileXmlEncryptor"/> stored; Data Protection creates it by type name with the service provider.</summary>
public sealed class KeyFileXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var protector = services.GetRequiredService<PersonalDataProtector>();
        var keyId = (string?)encryptedElement.Attribute("keyId") ?? throw new CryptographicException("The encrypted key names no key.");
        var plaintext = AesGcmBox.Open(KeyFileXmlCrypto.Derive(protector.KeyById(keyId)), Convert.FromBase64String(encryptedElement.Value.Trim()),
            KeyFileXmlCrypto.AssociatedData);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}

internal static class KeyFileXmlCrypto
{
    public const string ElementName = "encryptedKey";

    public static readonly byte[] AssociatedData = "zongzhi:data-protection-key"u8.ToArray();

    // A key of its own for this use (HKDF), so the personal-data key never encrypts two kinds of thing.
    public static byte[] Derive(byte[] personalDataKey) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, personalDataKey, 32, salt: [], info: AssociatedData);
}
