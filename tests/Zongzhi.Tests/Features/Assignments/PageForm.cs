using System.Net;
using System.Text.RegularExpressions;

namespace Zongzhi.Tests.Features.Assignments;

/// <summary>Reads a page's antiforgery token, the matter's version and the one-time form token, and posts a form with them.</summary>
public static partial class PageForm
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string handler, params (string Name, string Value)[] fields)
    {
        var html = await client.GetStringAsync(pageUrl, Ct);
        return await PostWithAsync(client, html, pageUrl, handler, fields);
    }

    /// <summary>Posts with the tokens of a page already read, as a second click of the same form would.</summary>
    public static async Task<HttpResponseMessage> PostWithAsync(HttpClient client, string html, string pageUrl, string handler, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Antiforgery().Match(html).Groups[1].Value),
            new("Form.Version", Version().Match(html).Groups[1].Value),
            new("Form.FormToken", FormToken().Match(html).Groups[1].Value),
        };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync($"{pageUrl}{(pageUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}", new FormUrlEncodedContent(values), Ct);
    }

    /// <summary>The page shown after a successful post (303/302 to it).</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"Expected a redirect, got {response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return await client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
    }

    /// <summary>The message shown beside <paramref name="field"/> (an empty string when there is none).</summary>
    public static string MessageBeside(string html, string field) =>
        Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Form.Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("name=\"Form.FormToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex FormToken();
}
