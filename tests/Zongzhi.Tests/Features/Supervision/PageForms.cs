using System.Text.RegularExpressions;

namespace Zongzhi.Tests.Features.Supervision;

/// <summary>Posts page forms as a browser does: the antiforgery token of the page, then the fields.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string handler, params (string Key, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(pageUrl, TestContext.Current.CancellationToken);
        return await PostWithTokenAsync(client, Token(html), pageUrl, handler, fields);
    }

    public static Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string token, string pageUrl, string handler, params (string Key, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
        return client.PostAsync($"{pageUrl}?handler={handler}", content, TestContext.Current.CancellationToken);
    }

    public static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    /// <summary>The version the page put in its forms.</summary>
    public static string Version(string html) => VersionField().Match(html).Groups[1].Value;

    /// <summary>The message shown beside <paramref name="field"/> (empty when none).</summary>
    public static string MessageFor(string html, string field) =>
        Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"Form.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
