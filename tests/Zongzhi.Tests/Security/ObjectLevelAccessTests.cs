using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 3, object level: users outside a matter's scope (department staff, village reporters, and the roles
/// with no matter scope) ask for its details, page, supervision history, attachments, sheet, print pages and actions by
/// real and guessed ids, and search for its number, name and phone. Every direct request answers 404; no answer
/// carries another scope's matter number, sheet number, party name, phone or ID number.
/// </summary>
public sealed class ObjectLevelAccessTests
{
    private const int PairsToTry = 520;

    private sealed record Probe(ScopedTown.Subject Subject, string Kind, HttpMethod Method, string Url, bool Direct, object? Body = null, bool Upload = false, string? Query = null);

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task OutOfScopeUsers_ByRealAndGuessedIds_Get404AndNothingLeaks(string provider)
    {
        await using var town = await ScopedTown.CreateAsync(provider);
        var subjects = town.Subjects.Values.Where(s => town.Matters.Any(m => !ScopedTown.MaySee(s, m))).ToList();
        var printPages = EndpointInfo.All(town.App).Where(e => e.IsPage && e.Pattern.StartsWith("/Print", StringComparison.OrdinalIgnoreCase)
            && e.Pattern.Contains("{id", StringComparison.Ordinal)).Select(e => e.Pattern).ToList();
        var maxId = town.Matters.Max(m => Math.Max(m.Id, Math.Max(m.AttachmentId, m.SheetId ?? 0)));

        // Controls: the layout's scope holds for the users who may see (otherwise 404s below would prove nothing).
        foreach (var subject in subjects)
        {
            foreach (var matter in town.Matters.Where(m => ScopedTown.MaySee(subject, m)))
            {
                var own = await subject.Client.GetAsync($"/api/matters/{matter.Id}", ScopedTown.Token);
                Assert.True(own.StatusCode == HttpStatusCode.OK, $"{subject.Name} should see {matter.Number}: {(int)own.StatusCode}");
            }
        }

        var candidates = new List<Probe>();
        foreach (var subject in subjects)
        {
            foreach (var m in town.Matters.Where(m => !ScopedTown.MaySee(subject, m)))
            {
                candidates.Add(new(subject, "matter", HttpMethod.Get, $"/api/matters/{m.Id}", true));
                candidates.Add(new(subject, "page", HttpMethod.Get, $"/Matters/Details/{m.Id}", true));
                candidates.Add(new(subject, "history", HttpMethod.Get, $"/api/matters/{m.Id}/supervision", true));
                candidates.Add(new(subject, "attachments", HttpMethod.Get, $"/api/matters/{m.Id}/attachments", true));
                candidates.Add(new(subject, "attachment", HttpMethod.Get, $"/api/attachments/{m.AttachmentId}", true));
                candidates.Add(new(subject, "upload", HttpMethod.Post, $"/api/matters/{m.Id}/attachments", true, Upload: true));
                if (m.SheetId is { } sheet)
                {
                    candidates.Add(new(subject, "sheet", HttpMethod.Get, $"/api/assignments/{sheet}", true));
                    if (subject.DepartmentId is not null)
                    {
                        candidates.Add(new(subject, "sheet-action", HttpMethod.Post, $"/api/assignments/{sheet}/progress", true, new { text = "越权记录进展" }));
                    }
                }

                candidates.AddRange(printPages.Select(p => new Probe(subject, "print", HttpMethod.Get, p.Replace("{id:long}", m.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{id}", m.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), true)));
                candidates.Add(new(subject, "search", HttpMethod.Get, "/api/matters?q=" + Uri.EscapeDataString(m.Number), false, Query: m.Number));
                foreach (var q in new[] { m.Number, m.Name, m.Phone })
                {
                    // Names and phones are searched with the criteria in the body (issue 7: no personal data in addresses).
                    candidates.Add(new(subject, "search", HttpMethod.Post, "/api/matters/search", false, new { q }, Query: q));
                }

                candidates.Add(new(subject, "search-page", HttpMethod.Get, "/Matters/Search?q=" + Uri.EscapeDataString(m.Number), false, Query: m.Number));
            }

            foreach (var list in new[] { "/api/matters", "/api/assignments", "/api/notifications", "/", "/Matters/Search", "/api/leader-cases" })
            {
                candidates.Add(new(subject, "list", HttpMethod.Get, list, false));
            }

            for (var k = 1; k <= 20; k++)
            {
                var guess = (maxId + k * 7).ToString(CultureInfo.InvariantCulture);
                candidates.Add(new(subject, "guess", HttpMethod.Get, $"/api/matters/{guess}", true));
                candidates.Add(new(subject, "guess", HttpMethod.Get, $"/api/attachments/{guess}", true));
                candidates.Add(new(subject, "guess", HttpMethod.Get, $"/api/assignments/{guess}", true));
                candidates.Add(new(subject, "guess", HttpMethod.Get, $"/Matters/Details/{guess}", true));
            }
        }

        var random = new Random(20261128);
        var chosen = candidates.OrderBy(_ => random.Next()).Take(PairsToTry).ToList();
        var results = await Task.WhenAll(chosen.GroupBy(p => p.Subject.Name).Select(async group =>
        {
            var problems = new List<string>();
            foreach (var probe in group)
            {
                // The search page is a posted form whose result page carries the words encrypted (c=…): post it first.
                var url = probe.Kind == "search-page" ? await SearchPage.ResultUrlAsync(probe.Subject.Client, probe.Query!) : probe.Url;
                using var request = new HttpRequestMessage(probe.Method, url) { Content = ContentOf(probe) };
                using var response = await probe.Subject.Client.SendAsync(request, ScopedTown.Token);
                var body = await response.Content.ReadAsStringAsync(ScopedTown.Token);
                // A search page shows the words searched for in its box: that echo is the user's own input, not a leak
                // (the matter's summary and sheet number still show any row found).
                if (probe.Query is { } query)
                {
                    body = body.Replace(System.Net.WebUtility.HtmlEncode(query), "", StringComparison.Ordinal).Replace(query, "", StringComparison.Ordinal);
                }

                var subject = probe.Subject;
                if (probe.Direct && response.StatusCode != HttpStatusCode.NotFound
                    && !(probe.Kind is "print" or "upload" && AuthorizationMatrixTests.IsRefusedForRole(response, body)))
                {
                    problems.Add($"{subject.Name} {probe.Method} {probe.Url}: {(int)response.StatusCode} (expected 404)");
                }

                if (!probe.Direct && response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                {
                    problems.Add($"{subject.Name} {probe.Url}: {(int)response.StatusCode}");
                }

                foreach (var secret in town.Matters.Where(m => !ScopedTown.MaySee(subject, m)).SelectMany(m => m.Secrets))
                {
                    if (body.Contains(secret, StringComparison.Ordinal))
                    {
                        problems.Add($"LEAK {subject.Name} {probe.Method} {probe.Url}: contains {secret}");
                    }
                }
            }

            return problems;
        }));
        var failures = results.SelectMany(r => r).ToList();

        Assert.True(chosen.Count >= 500, $"only {chosen.Count} of {candidates.Count} candidate pairs");
        Assert.True(failures.Count == 0, $"{failures.Count} problems in {chosen.Count} pairs:\n" + string.Join("\n", failures));
    }

    private static HttpContent? ContentOf(Probe probe)
    {
        if (probe.Upload)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "越权.pdf");
            return form;
        }

        return probe.Body is null ? null : JsonContent.Create(probe.Body);
    }
}
