using System.Net.Http.Json;
using System.Text.Json;

namespace Zongzhi.Tests.Infrastructure;

/// <summary>
/// Does what a real API client of the app does: before an unsafe request under <c>/api</c> (POST, PUT, PATCH, DELETE)
/// it fetches the antiforgery token of its session from <c>GET /api/auth/antiforgery</c> and sends it in the
/// <c>X-CSRF-TOKEN</c> header. The token is fetched again after the session cookie changes (login, logout, renewal).
/// Put it outside the cookie handler, so the token request carries the client's cookies.
/// </summary>
public sealed class AntiforgeryHandler : DelegatingHandler
{
    public const string HeaderName = "X-CSRF-TOKEN";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;

    public AntiforgeryHandler()
    {
    }

    public AntiforgeryHandler(HttpMessageHandler inner) : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsUnsafeApi(request) && !request.Headers.Contains(HeaderName))
        {
            request.Headers.Add(HeaderName, await TokenAsync(request.RequestUri!, cancellationToken));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (ChangesSession(response))
        {
            _token = null;
        }

        return response;
    }

    private static bool IsUnsafeApi(HttpRequestMessage request) =>
        request.RequestUri is { } uri && uri.AbsolutePath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
        && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && request.Method != HttpMethod.Options;

    private static bool ChangesSession(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith("zongzhi.auth=", StringComparison.Ordinal) || c.StartsWith(".AspNetCore.Identity.", StringComparison.Ordinal));

    private async Task<string> TokenAsync(Uri requestUri, CancellationToken cancellationToken)
    {
        if (_token is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null)
            {
                using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(requestUri, "/api/auth/antiforgery"));
                using var response = await base.SendAsync(get, cancellationToken);
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                _token = body.GetProperty("token").GetString();
            }

            return _token!;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
