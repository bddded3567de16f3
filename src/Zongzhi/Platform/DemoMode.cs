namespace Zongzhi.Platform;

/// <summary>
/// Demo mode (<c>Zongzhi:Demo</c>): one user per role with a known password and a realistic town. Its default is on
/// in Debug builds (<c>dotnet run</c>) and off in Release builds; configuration overrides it either way.
/// </summary>
public static class DemoMode
{
    public const string Setting = "Zongzhi:Demo";

#if DEBUG
    public const bool DefaultOn = true;
#else
    public const bool DefaultOn = false;
#endif

    public static bool IsOn(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue<bool?>(Setting) ?? DefaultOn;
    }
}
