using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// The keys of personal data: AES-256 encryption keys by id (<c>k1</c>, <c>k2</c>…; the current one encrypts, any of
/// them decrypts) and one HMAC key for search hashes. The search key never rotates: exact-match search depends on
/// it. Stored as JSON outside the database (<see cref="PersonalDataKeySource"/>).
/// </summary>
public sealed class PersonalDataKeyRing
{
    private PersonalDataKeyRing(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys, byte[] searchKey)
    {
        CurrentKeyId = currentKeyId;
        Keys = keys;
        SearchKey = searchKey;
    }

    public string CurrentKeyId { get; }

    public IReadOnlyDictionary<string, byte[]> Keys { get; }

    public byte[] SearchKey { get; }

    public byte[] CurrentKey => Keys[CurrentKeyId];

    public static PersonalDataKeyRing New() =>
        new("k1", new Dictionary<string, byte[]> { ["k1"] = RandomNumberGenerator.GetBytes(32) }, RandomNumberGenerator.GetBytes(32));

    /// <summary>A ring with one more key, which becomes the current one.</summary>
    public PersonalDataKeyRing WithNewCurrentKey()
    {
        var next = Keys.Keys.Select(k => int.Parse(k.AsSpan(1), CultureInfo.InvariantCulture)).Max() + 1;
        var id = "k" + next.ToString(CultureInfo.InvariantCulture);
        var keys = new Dictionary<string, byte[]>(Keys) { [id] = RandomNumberGenerator.GetBytes(32) };
        return new PersonalDataKeyRing(id, keys, SearchKey);
    }

    public string ToJson() => JsonSerializer.Serialize(new Stored(1, CurrentKeyId,
        Keys.ToDictionary(k => k.Key, k => Convert.ToBase64String(k.Value)), Convert.ToBase64String(SearchKey)), Indented);

    public static PersonalDataKeyRing Parse(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json)
            ?? throw new InvalidOperationException("The personal data key file is empty.");
        var keys = stored.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value));
        var search = Convert.FromBase64String(stored.SearchKey);
        if (!keys.ContainsKey(stored.Current) || keys.Values.Any(k => k.Length != 32) || search.Length != 32
            || keys.Keys.Any(k => !k.StartsWith('k') || !int.TryParse(k.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new InvalidOperationException("The personal data key file is malformed (keys must be 32 bytes, ids k1, k2…).");
        }

        return new PersonalDataKeyRing(stored.Current, keys, search);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private sealed record Stored(
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("current")] string Current,
        [property: JsonPropertyName("keys")] Dictionary<string, string> Keys,
        [property: JsonPropertyName("searchKey")] string SearchKey);
}
