using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 7, "masked values in every page" and "the respondent rule everywhere": over a town with known parties
/// (<see cref="ScopedTown"/>) plus three matters whose respondent is a user (a department handler, the top leader, a
/// village reporter), every role requests every GET endpoint the router knows — pages, prints, JSON, Excel exports (read
/// with MiniExcel) — for every matter and sheet id, plus searches by each party's phone, name and number. No answer
/// carries a full phone, ID number or party name (they are masked by default, even for roles that may reveal), and no
/// answer, search, board, list, notification, export or print shown to a respondent carries their matter.
/// </summary>
public sealed partial class PersonalDataSurfacesTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private const string PostSearch = "/api/matters/search";

    private sealed record Respondent(string Subject, long MatterId, string Number, string Summary);

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task EveryRole_EveryGetPageExportAndPrint_ShowsNoFullPersonalData_AndNoMatterToItsRespondent(string provider)
    {
        await using var town = await ScopedTown.CreateAsync(provider);
        var app = town.App;
        var t = town.Town;
        var respondents = new List<Respondent>();
        foreach (var (subject, village, department, summary) in new (string, long, long?, string)[]
        {
            ("justice-handler", t.EastVillage, t.JusticeOffice, "举报司法所经办人办事拖延"),
            ("top", t.WestVillage, t.PoliceStation, "反映镇主要领导处置不当"),
            ("east-reporter", t.EastVillage, null, "反映东村信息员态度问题"),
        })
        {
            var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == subject).Select(u => u.Id).SingleAsync(Token));
            var registered = await town.Client("clerk").PostAsJsonAsync("/api/matters", t.Visit(summary, village, respondentUserId: userId), Token);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            var matter = JsonDocument.Parse(await registered.Content.ReadAsStringAsync(Token)).RootElement;
            var id = matter.GetProperty("id").GetInt64();
            if (department is { } handling)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await town.Client("director").PostAsJsonAsync($"/api/matters/{id}/accept", new { complexity = "General" }, Token)).StatusCode);
                var assigned = await town.Client("director").PostAsJsonAsync($"/api/matters/{id}/assign",
                    new { handlingDepartmentId = handling, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处。" }, Token);
                Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
                Assert.Equal(HttpStatusCode.Created, (await town.Client("director").PostAsJsonAsync($"/api/matters/{id}/reminders", new { message = "请尽快办理。" }, Token)).StatusCode);
            }

            respondents.Add(new(subject, id, matter.GetProperty("number").GetString()!, summary));
        }

        // Full values that must never be shown without a reveal: every party's phone, ID number and name.
        var secrets = town.Matters.SelectMany(m => new[] { m.Phone, m.IdNumber, m.Name }).Concat(["13812345678", "11010519491231002X", "张三", "李四"]).ToList();
        // Ids: four of the town's matters (two assigned) and their sheets, the respondents' matters, and 1–3 (the first
        // reminder, extension and meeting ids of the print pages).
        var ids = town.Matters.Take(4).Select(m => m.Id).Concat(town.Matters.Take(4).Select(m => m.SheetId).OfType<long>())
            .Concat(respondents.Select(r => r.MatterId)).Concat([1L, 2L, 3L]).Distinct().ToList();
        var gets = EndpointInfo.All(app).Where(e => e.Method == "GET" && !e.Pattern.StartsWith("/openapi", StringComparison.Ordinal) && e.Pattern != "/health").ToList();
        var urls = new List<string>();
        foreach (var endpoint in gets)
        {
            var path = endpoint.IsPage && endpoint.Pattern.EndsWith("/Index", StringComparison.Ordinal) ? endpoint.Pattern[..^"Index".Length] : endpoint.Pattern;
            if (!RouteParameter().IsMatch(path))
            {
                urls.Add(path + (path.Contains("pack", StringComparison.Ordinal) || path.Contains("village-reports", StringComparison.Ordinal)
                    || path.Contains("monthly", StringComparison.Ordinal) ? "?month=2026-11" : ""));
                continue;
            }

            // Optional parameters (the print's round) are left out; every id parameter takes every matter and sheet id.
            path = OptionalParameter().Replace(path, "");
            urls.AddRange(ids.Select(id => RouteParameter().Replace(path, id.ToString(CultureInfo.InvariantCulture))));
        }

        // Searches: the API's address refuses words other than a number (400, not echoed), its POST takes them in the body
        // (written here as PostSearch + "?q=…" and sent as a JSON body), the page posts its form first.
        foreach (var m in town.Matters.Take(4))
        {
            urls.AddRange(new[] { m.Phone, m.Name, m.Number, m.IdNumber }.SelectMany(q => new[]
            {
                "/api/matters?q=" + Uri.EscapeDataString(q), PostSearch + "?q=" + Uri.EscapeDataString(q), "/Matters/Search?q=" + Uri.EscapeDataString(q),
            }));
        }

        urls.AddRange(respondents.SelectMany(r => new[] { "/api/matters?q=" + Uri.EscapeDataString(r.Number), "/Matters/Search?q=" + Uri.EscapeDataString(r.Number),
            PostSearch + "?q=" + Uri.EscapeDataString(r.Number), PostSearch + "?q=" + Uri.EscapeDataString(r.Summary),
            "/Matters/Search?q=" + Uri.EscapeDataString(r.Summary), "/Supervision/Board?q=" + Uri.EscapeDataString(r.Number) }));

        var counts = await Task.WhenAll(town.Subjects.Values.Select(async subject =>
        {
            var problems = new List<string>();
            var (pages, exports) = (0, 0);
            var own = respondents.Where(r => r.Subject == subject.Name).ToList();
            foreach (var url in urls)
            {
                // The search page is a posted form whose result page carries the words encrypted (c=…): post it first.
                var target = url.StartsWith("/Matters/Search?q=", StringComparison.Ordinal)
                    ? await SearchPage.ResultUrlAsync(subject.Client, Uri.UnescapeDataString(url["/Matters/Search?q=".Length..]))
                    : url;
                using var response = url.StartsWith(PostSearch + "?q=", StringComparison.Ordinal)
                    ? await subject.Client.PostAsJsonAsync(PostSearch, new { q = Uri.UnescapeDataString(url[(PostSearch.Length + 3)..]) }, Token)
                    : await subject.Client.GetAsync(target, Token);
                var bytes = await response.Content.ReadAsByteArrayAsync(Token);
                string body;
                if (response.Content.Headers.ContentType?.MediaType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                {
                    body = ExcelText(bytes);
                    exports++;
                }
                else
                {
                    body = WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes));
                    // JSON escapes Chinese (\u5F20): read it as the client shows it.
                    if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true)
                    {
                        body = Regex.Unescape(body);
                    }
                }

                if (response.StatusCode == HttpStatusCode.OK)
                {
                    pages++;
                }

                // A search echoes the words typed in its box: that is the user's own input, not the app showing data.
                var query = url.Contains("?q=", StringComparison.Ordinal) ? Uri.UnescapeDataString(url[(url.IndexOf("?q=", StringComparison.Ordinal) + 3)..]) : null;
                if (query is not null)
                {
                    body = body.Replace(query, "", StringComparison.Ordinal);
                }

                problems.AddRange(secrets.Where(s => body.Contains(s, StringComparison.Ordinal)).Select(s => $"{subject.Name} GET {url}: {(int)response.StatusCode} shows {s}"));
                foreach (var r in own)
                {
                    if (body.Contains(r.Number, StringComparison.Ordinal) || body.Contains(r.Summary, StringComparison.Ordinal))
                    {
                        problems.Add($"RESPONDENT {subject.Name} GET {url}: {(int)response.StatusCode} shows {r.Number}");
                    }
                }
            }

            foreach (var r in own)
            {
                foreach (var direct in new[] { $"/api/matters/{r.MatterId}", $"/Matters/Details/{r.MatterId}", $"/Supervision/Matter/{r.MatterId}", $"/Print/Archive/{r.MatterId}" })
                {
                    using var response = await subject.Client.GetAsync(direct, Token);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        problems.Add($"RESPONDENT {subject.Name} GET {direct}: 200");
                    }
                }
            }

            return (Problems: problems, Pages: pages, Exports: exports);
        }));

        var failures = counts.SelectMany(c => c.Problems).Distinct().ToList();

        // Notifications (also those not listed on a page, e.g. read or e-mailed): none about the respondent's matter.
        foreach (var r in respondents)
        {
            var notes = await app.WithDbAsync(db => (from n in db.Notifications join u in db.Users on n.UserId equals u.Id
                                                     where u.UserName == r.Subject select new { n.Title, n.Body, n.Link, n.MatterId }).ToListAsync(Token));
            failures.AddRange(notes.Where(n => n.MatterId == r.MatterId || (n.Title + n.Body + n.Link).Contains(r.Number, StringComparison.Ordinal))
                .Select(n => $"RESPONDENT {r.Subject} notified: {n.Title}"));
        }

        var requests = urls.Count * town.Subjects.Count;
        TestContext.Current.SendDiagnosticMessage($"{provider}: {town.Subjects.Count} users × {urls.Count} URLs = {requests} requests, "
            + $"{counts.Sum(c => c.Pages)} answered 200, {counts.Sum(c => c.Exports)} Excel exports read, {secrets.Count} secrets, {failures.Count} hits");
        Assert.True(failures.Count == 0, $"{failures.Count} leaks in {requests} requests:\n" + string.Join("\n", failures.Take(60)));
        Assert.True(counts.Sum(c => c.Exports) >= 4, "the Excel exports were reached");
        Assert.True(counts.Sum(c => c.Pages) >= 500, $"only {counts.Sum(c => c.Pages)} pages answered");
    }

    /// <summary>Every cell of every sheet of a workbook, as text.</summary>
    private static string ExcelText(byte[] workbook)
    {
        var text = new StringBuilder();
        using var stream = new MemoryStream(workbook);
        foreach (var sheet in stream.GetSheetNames())
        {
            stream.Position = 0;
            foreach (IDictionary<string, object?> row in stream.Query(sheetName: sheet))
            {
                text.AppendJoin('\t', row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))).Append('\n');
            }

            stream.Position = 0;
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\{\w+(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"/\{\w+(:[^}]*)?\?\}")]
    private static partial Regex OptionalParameter();
}
