using System.Net;
using System.Text.RegularExpressions;

namespace Zongzhi.Tests.Infrastructure;

/// <summary>Uses the search page as a browser does: posts the form and returns the address of the result page it redirects to.</summary>
public static partial class SearchPage
{
    public static async Task<string> ResultUrlAsync(HttpClient client, string words, params (string Name, string Value)[] filters)
    {
        ArgumentNullException.ThrowIfNull(client);
        var ct = TestContext.Current.CancellationToken;
        var form = await client.GetStringAsync("/Matters/Search", ct);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Antiforgery().Match(form).Groups[1].Value),
            new("q", words),
        };
        fields.AddRange(filters.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await client.PostAsync("/Matters/Search", new FormUrlEncodedContent(fields), ct);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)
        {
            return response.Headers.Location!.OriginalString;
        }

        // A client that follows redirects itself: the address it ended at.
        Assert.True(response.IsSuccessStatusCode, $"search form: {(int)response.StatusCode}");
        return response.RequestMessage!.RequestUri!.PathAndQuery;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
