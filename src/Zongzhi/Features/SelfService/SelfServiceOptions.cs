namespace Zongzhi.Features.SelfService;

/// <summary>Settings of the public status page (<c>Zongzhi:SelfService</c>).</summary>
public sealed class SelfServiceOptions
{
    /// <summary>Failed lookups one client may make per <see cref="ClientWindow"/> before it gets 429.</summary>
    public int ClientFailures { get; set; } = 10;

    /// <summary>All requests one client may make per <see cref="ClientWindow"/> (found or not).</summary>
    public int ClientRequests { get; set; } = 60;

    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed lookups of one matter number, from any client, per <see cref="MatterWindow"/>.</summary>
    public int MatterFailures { get; set; } = 20;

    public TimeSpan MatterWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the page may rate after a successful lookup without asking for the code again.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether the page names the handler (the town decides; off by default).</summary>
    public bool ShowHandlerName { get; set; }

    /// <summary>The address the receipt's QR code opens, e.g. <c>https://zz.example.gov.cn</c>; the request's own when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long attempts are kept for rate limiting.</summary>
    public TimeSpan AttemptRetention { get; set; } = TimeSpan.FromDays(2);
}
