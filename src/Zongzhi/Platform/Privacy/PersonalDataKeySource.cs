namespace Zongzhi.Platform.Privacy;

/// <summary>
/// Where the personal data keys live, never in the database: the environment variable
/// <c>ZONGZHI_PERSONAL_DATA_KEYS</c> (the key file's JSON), else the key file <c>Zongzhi:Privacy:KeyFile</c>
/// (default <c>data/keys/personal-data.key</c>), created with mode 0600 on first start when absent.
/// </summary>
public sealed class PersonalDataKeySource(IConfiguration configuration)
{
    public const string EnvironmentVariable = "ZONGZHI_PERSONAL_DATA_KEYS";
    public const string KeyFileSetting = "Zongzhi:Privacy:KeyFile";
    public const string DefaultKeyFile = "data/keys/personal-data.key";

    public bool FromEnvironment => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    public string KeyFile => Path.GetFullPath(configuration[KeyFileSetting] is { Length: > 0 } path ? path : DefaultKeyFile);

    public PersonalDataKeyRing Load()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } json)
        {
            return PersonalDataKeyRing.Parse(json);
        }

        if (File.Exists(KeyFile))
        {
            return PersonalDataKeyRing.Parse(File.ReadAllText(KeyFile));
        }

        var ring = PersonalDataKeyRing.New();
        Save(ring, createOnly: true);
        // Another process may have created it first; its keys win.
        return PersonalDataKeyRing.Parse(File.ReadAllText(KeyFile));
    }

    /// <summary>Writes the ring to the key file (mode 0600), atomically replacing the previous one.</summary>
    public void Save(PersonalDataKeyRing ring, bool createOnly = false)
    {
        ArgumentNullException.ThrowIfNull(ring);
        if (FromEnvironment)
        {
            throw new InvalidOperationException($"The keys come from {EnvironmentVariable}; change them where that variable is set.");
        }

        var directory = Path.GetDirectoryName(KeyFile)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(KeyFile)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(ring.ToJson());
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temporary, KeyFile, overwrite: !createOnly);
        }
        catch (IOException) when (createOnly && File.Exists(KeyFile))
        {
            File.Delete(temporary);
        }
    }
}
