using System.Text.RegularExpressions;
using Zongzhi.Tests.Infrastructure;
using Zongzhi.Tests.Security;

namespace Zongzhi.Tests.Reliability;

/// <summary>
/// D7 (deliberate deletion only): no endpoint or page deletes matters, their parties and timeline, assignment sheets and
/// rounds, leader cases, attachments or audit entries. Two checks, both simple: (1) the app's endpoints offer no HTTP
/// DELETE and no page handler named Delete/Remove on those records; (2) the source of the app has no deleting call —
/// <c>Remove</c>/<c>RemoveRange</c> on a context or set, <c>ExecuteDelete</c>, <c>EntityState.Deleted</c>, SQL
/// <c>DELETE</c>/<c>TRUNCATE</c> — other than the reviewed ones listed here (the audited retention job, which the
/// database triggers confine to expired entries, and self-service attempt counters). A new deleting call fails this
/// test until it is reviewed and listed. (The audit table's append-only triggers are tested in the audit tests.)
/// </summary>
public sealed class NoHardDeleteTests
{
    // file (relative to src/) → what it deletes and why that is allowed.
    private static readonly Dictionary<string, string> Reviewed = new(StringComparer.Ordinal)
    {
        ["Zongzhi/Platform/Audit/PurgeExpiredAuditEntries.cs"] = "the audited retention job (zongzhi audit purge): entries past the retention window only",
        ["Zongzhi/Platform/Audit/AuditStoreSql.cs"] = "the append-only triggers' text (it refuses DELETE, it does not delete)",
        ["Zongzhi/Platform/Audit/AuditChain.cs"] = "refuses a modified or deleted audit entry before saving (it does not delete)",
        ["Zongzhi/Features/SelfService/SelfServiceGate.cs"] = "expired failed-lookup counters of the public status page (no record of a matter)",
    };

    private static readonly Regex Deleting = new(
        @"\b(db|context|_db|Db)\s*\.\s*(Remove|RemoveRange)\s*\(|\.\s*(Matters|Parties|MatterEvents|AssignmentSheets|AssignmentRounds|LeaderCases|Attachments|AuditEntries|Notifications|Set<[^>]+>\(\))\s*\.\s*(Remove|RemoveRange)\s*\(|ExecuteDelete(Async)?\s*\(|EntityState\.Deleted|\b(DELETE|delete)\s+(FROM|from)\b|\b(TRUNCATE|truncate)\s+(TABLE\s+)?\\?""?[A-Za-z]",
        RegexOptions.Compiled);

    [Fact]
    public async Task NoEndpointOrPage_DeletesMattersSheetsOrAuditEntries()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var endpoints = EndpointInfo.All(app);
        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Where(e => e.Method == "DELETE").Select(e => e.Key));

        // Pages of the records D7 protects (the admin calendar may remove a local override: not a record of a matter).
        string[] folders = ["Matters", "Assignments", "LeaderCases", "Supervision", "Audit", "Attachments", "SelfService", "Information", "Accountability"];
        var pages = folders.Select(f => Path.Combine(SourceRoot(), "Zongzhi", "Features", f)).Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.cshtml.cs", SearchOption.AllDirectories)).ToList();
        Assert.NotEmpty(pages);
        var handlers = pages.SelectMany(p => File.ReadLines(p).Select(l => (File: Path.GetFileName(p), Line: l.Trim())))
            .Where(l => Regex.IsMatch(l.Line, @"\bOnPost(Delete|Remove|Destroy|Purge)\w*\s*\(")).Select(l => $"{l.File}: {l.Line}");
        Assert.Empty(handlers);
    }

    [Fact]
    public void AppSource_HasNoDeletingCall_ButTheReviewedOnes()
    {
        var root = SourceRoot();
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Contains("/Migrations/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/obj/", StringComparison.Ordinal) || Reviewed.ContainsKey(relative))
            {
                continue;
            }

            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (Deleting.IsMatch(line) && !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !line.TrimStart().StartsWith("///", StringComparison.Ordinal))
                {
                    found.Add($"{relative}:{number}: {line.Trim()}");
                }
            }
        }

        Assert.True(found.Count == 0, "Deleting calls not reviewed for D7:\n" + string.Join("\n", found));
        // The reviewed files still exist (a stale list hides nothing).
        Assert.All(Reviewed.Keys, relative => Assert.True(File.Exists(Path.Combine(root, relative)), relative));
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zongzhi.slnx")))
            {
                return Path.Combine(dir.FullName, "src");
            }
        }

        throw new InvalidOperationException("The repository (Zongzhi.slnx) is not above " + AppContext.BaseDirectory);
    }
}
