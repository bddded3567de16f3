using System.Security.Cryptography;

namespace Zongzhi.Platform.Privacy;

/// <summary>AES-256-GCM in one layout for everything the key file encrypts: random 96-bit nonce ‖ ciphertext ‖ 128-bit tag.</summary>
internal static class AesGcmBox
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), associatedData);
        return output;
    }

    public static byte[] Open(byte[] key, ReadOnlySpan<byte> box, ReadOnlySpan<byte> associatedData)
    {
        var length = box.Length - NonceSize - TagSize;
        if (length < 0)
        {
            throw new CryptographicException("The encrypted value is truncated.");
        }

        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(box[..NonceSize], box.Slice(NonceSize, length), box[(NonceSize + length)..], plaintext, associatedData);
        return plaintext;
    }
}
