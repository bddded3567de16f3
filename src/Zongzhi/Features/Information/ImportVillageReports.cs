using System.Globalization;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// 月报导入: reads the village report template (<see cref="VillageReportTemplate"/>) with MiniExcel, row by row,
/// checks every row and reports each error as "行 3：调解数不能为负数"; saves all reports or none. A file over
/// <see cref="MaxBytes"/>, with more than <see cref="MaxRows"/> rows, or whose parts would expand beyond
/// <see cref="MaxExpandedBytes"/> (a zip bomb) is refused before it can exhaust memory.
/// </summary>
public sealed class ImportVillageReports(ZongzhiDb db, AuditTrail audit, TownClock clock)
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 1000;
    public const long MaxExpandedBytes = 30 * 1024 * 1024;
    public const int MaxCompressionRatio = 200;

    public sealed record Outcome(IReadOnlyList<string> Errors, IReadOnlyList<VillageReport> Reports);

    private sealed record Row(int Number, long VillageId, ReportMonth Month, VillageReportLine Line, string? NotableCases, string? InstabilityFactors);

    public async Task<Outcome> RunAsync(CurrentUser.Snapshot user, Stream upload, long length, bool submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(upload);
        if (length > MaxBytes)
        {
            return Refused($"文件不能超过 {MaxBytes / 1024 / 1024} MB");
        }

        using var buffer = new MemoryStream();
        await CopyLimitedAsync(upload, buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return Refused($"文件不能超过 {MaxBytes / 1024 / 1024} MB");
        }

        if (CheckArchive(buffer) is { } archiveError)
        {
            return Refused(archiveError);
        }

        var villages = await db.Villages.Where(v => v.IsActive).ToDictionaryAsync(v => v.Name, v => v.Id, cancellationToken);
        var categories = await db.DisputeCategories.Where(c => c.IsActive).Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);
        var codes = categories.Select(c => c.Code).ToList();
        var byName = categories.ToDictionary(c => c.Name, c => c.Code, StringComparer.Ordinal);
        var errors = new List<string>();
        var rows = new List<Row>();
        buffer.Position = 0;
        try
        {
            var number = 1;
            foreach (var cells in MiniExcel.Query(buffer, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>())
            {
                number++;
                if (number - 1 > MaxRows)
                {
                    return Refused($"文件不能超过 {MaxRows} 行");
                }

                if (cells.Values.All(v => v is null || string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
                {
                    continue;
                }

                var row = ReadRow(number, cells, villages, byName, codes, user, errors);
                if (row is not null)
                {
                    rows.Add(row);
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or System.Xml.XmlException
            or NotSupportedException or KeyNotFoundException or ArgumentException or IOException)
        {
            return Refused("不是有效的 Excel 文件（.xlsx），请使用下载的模板");
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            return Refused("文件中没有月报数据");
        }

        if (errors.Count > 0)
        {
            return new Outcome(errors, []);
        }

        // All reports or none: the reports and their audit entries commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var reports = await ApplyAsync(user, rows, submit, codes, errors, cancellationToken);
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return new Outcome(errors, []);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome([], reports);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refused("月报已被他人同时修改或导入，请刷新后重试");
        }
    }

    private async Task<List<VillageReport>> ApplyAsync(CurrentUser.Snapshot user, List<Row> rows, bool submit, List<string> codes, List<string> errors,
        CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var reports = new List<VillageReport>();
        foreach (var group in rows.GroupBy(r => (r.VillageId, r.Month)))
        {
            var first = group.First().Number;
            var duplicate = group.GroupBy(r => r.Line.Category, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                errors.Add($"行 {duplicate.Skip(1).First().Number}：同一村(社区)同一月份的纠纷类别重复");
                continue;
            }

            var lines = group.Select(r => r.Line).ToList();
            var notable = Join(group.Select(r => r.NotableCases));
            var factors = Join(group.Select(r => r.InstabilityFactors));
            var (villageId, month) = group.Key;
            var existing = await db.VillageReports.FirstOrDefaultAsync(r => r.VillageId == villageId && r.Month == month, cancellationToken);
            Result result;
            VillageReport? report = existing;
            if (existing is null)
            {
                var started = VillageReport.Start(villageId, month, lines, notable, factors, codes, user.Id, now, clock.Today());
                result = started.IsSuccess ? Result.Success : Result.Fail(started.Error!);
                report = started.Value;
                if (report is not null)
                {
                    db.VillageReports.Add(report);
                }
            }
            else
            {
                result = existing.Change(lines, notable, factors, codes, now);
                db.Entry(existing).State = EntityState.Modified;
            }

            if (result.IsSuccess && submit)
            {
                result = report!.Submit(now);
            }

            if (!result.IsSuccess)
            {
                var messages = result.Error is ValidationFailure many ? many.Errors.Select(e => e.Message) : [result.Error!.Message];
                errors.AddRange(messages.Distinct().Select(m => $"行 {first}：{m}"));
                continue;
            }

            reports.Add(report!);
        }

        if (errors.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var report in reports)
            {
                audit.Record("VillageReport", report.Id, "villageReport.import", new { report.VillageId, month = report.Month.ToString(), submitted = submit });
            }
        }

        return reports;
    }

    private static Row? ReadRow(int number, IDictionary<string, object> cells, Dictionary<string, long> villages, Dictionary<string, string> categories,
        List<string> codes, CurrentUser.Snapshot user, List<string> errors)
    {
        var before = errors.Count;
        void Fail(string message) => errors.Add($"行 {number}：{message}");

        var villageName = Text(cells, VillageReportTemplate.Village);
        long villageId = 0;
        if (string.IsNullOrWhiteSpace(villageName) || !villages.TryGetValue(villageName.Trim(), out villageId))
        {
            Fail("村(社区)不存在");
        }
        else if (!VillageReportAccess.MayFileFor(user, villageId))
        {
            Fail("只能导入本村(社区)的月报");
        }

        var month = Month(cells.TryGetValue(VillageReportTemplate.Month, out var monthCell) ? monthCell : null);
        if (month is null)
        {
            Fail("报告月份格式应为 yyyy-MM，例如 2026-10");
        }

        var categoryText = Text(cells, VillageReportTemplate.Category)?.Trim() ?? "";
        var category = categories.TryGetValue(categoryText, out var code) ? code : codes.Contains(categoryText) ? categoryText : null;
        if (category is null)
        {
            Fail("纠纷类别不在配置的类别中");
        }

        var mediated = Count(cells, VillageReportTemplate.Mediated, "调解数", Fail);
        var resolved = Count(cells, VillageReportTemplate.Resolved, "调解成功数", Fail);
        var unresolved = Count(cells, VillageReportTemplate.Unresolved, "未调结数", Fail);
        if (errors.Count > before)
        {
            return null;
        }

        var line = new VillageReportLine(category!, mediated, resolved, unresolved);
        foreach (var error in VillageReport.ValidateLine(line, codes, "line"))
        {
            Fail(error.Message);
        }

        return errors.Count > before ? null
            : new Row(number, villageId, month!.Value, line, Text(cells, VillageReportTemplate.NotableCases), Text(cells, VillageReportTemplate.InstabilityFactors));
    }

    private static int Count(IDictionary<string, object> cells, string column, string label, Action<string> fail)
    {
        var value = cells.TryGetValue(column, out var cell) ? cell : null;
        switch (value)
        {
            case null:
            case string s when string.IsNullOrWhiteSpace(s):
                return 0;
            case double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue:
                return (int)d;
            case int i:
                return i;
            case long l when l is >= int.MinValue and <= int.MaxValue:
                return (int)l;
            case decimal m when m == decimal.Floor(m) && m is >= int.MinValue and <= int.MaxValue:
                return (int)m;
            case string s when int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                fail($"{label}应为整数");
                return 0;
        }
    }

    private static ReportMonth? Month(object? cell) => cell switch
    {
        DateTime date => ReportMonth.Of(DateOnly.FromDateTime(date)),
        string text => ReportMonth.Parse(text.Trim()),
        _ => null,
    };

    private static string? Text(IDictionary<string, object> cells, string column)
    {
        var value = cells.TryGetValue(column, out var cell) ? Convert.ToString(cell, CultureInfo.InvariantCulture) : null;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static string? Join(IEnumerable<string?> texts)
    {
        var parts = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        return parts.Count == 0 ? null : string.Join('\n', parts);
    }

    private static Outcome Refused(string message) => new([message], []);

    // Reads at most one byte past the limit, so an oversized body without a declared length is refused too.
    private static async Task CopyLimitedAsync(Stream source, MemoryStream target, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            if (target.Length > MaxBytes)
            {
                return;
            }
        }
    }

    // An .xlsx is a zip: refuse parts whose declared expanded size or compression ratio betrays a zip bomb. .NET's
    // ZipArchive will not inflate an entry beyond its declared size, so the declaration bounds what MiniExcel reads.
    private static string? CheckArchive(MemoryStream buffer)
    {
        buffer.Position = 0;
        try
        {
            using var archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (total > MaxExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio))
                {
                    return "文件内容异常（解压后过大），已拒绝";
                }
            }

            // The sizes above are what the archive declares; a crafted archive may understate them. Count what the
            // parts really expand to, stopping at the limit, before the reader holds any of it.
            long expanded = 0;
            var chunk = new byte[64 * 1024];
            foreach (var entry in archive.Entries)
            {
                using var part = entry.Open();
                int read;
                while ((read = part.Read(chunk, 0, chunk.Length)) > 0)
                {
                    expanded += read;
                    if (expanded > MaxExpandedBytes)
                    {
                        return "文件内容异常（解压后过大），已拒绝";
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "不是有效的 Excel 文件（.xlsx），请使用下载的模板";
        }
    }
}
