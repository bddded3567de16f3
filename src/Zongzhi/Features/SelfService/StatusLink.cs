namespace Zongzhi.Features.SelfService;

/// <summary>The address of the public status page with a matter number filled in — what the receipt's QR code opens.</summary>
public static class StatusLink
{
    public const string Path = "/q";

    public static string For(HttpRequest request, SelfServiceOptions options, string number)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var root = options.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{root}{Path}?n={Uri.EscapeDataString(number)}";
    }
}
