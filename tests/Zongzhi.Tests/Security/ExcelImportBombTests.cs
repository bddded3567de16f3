using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Features.Information;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 9 suite 5: hostile Excel imports — a million rows, and a zip bomb whose headers understate its size — are
/// refused with the file named, quickly and without holding the expanded content; nothing is saved.
/// </summary>
public sealed partial class ExcelImportBombTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Refusals = ["文件内容异常（解压后过大），已拒绝", "文件不能超过 1000 行"];

    private static readonly string[] BombRefusals = ["文件内容异常（解压后过大），已拒绝", "不是有效的 Excel 文件（.xlsx），请使用下载的模板"];

    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Import_MillionRowsOrLyingZipBomb_IsRefusedWithoutExhaustingMemory(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        await TownFixture.CreateAsync(app);
        using var director = await app.ClientForAsync(Roles.CenterDirector);
        var template = await director.GetByteArrayAsync("/api/village-reports/template.xlsx", Ct);
        var millionRows = WithRows(template, 1_000_000);
        var lyingBomb = LyingBomb(512);
        var before = await RowCounts.TakeAsync(app);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var rows = await VillageReportApiTests.ImportAsync(director, millionRows);
        var bomb = await VillageReportApiTests.ImportAsync(director, lyingBomb);
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;

        Assert.True(millionRows.Length < 2 * 1024 * 1024, $"the million-row file is {millionRows.Length} bytes");
        Assert.All(new[] { rows, bomb }, r => Assert.Equal(HttpStatusCode.BadRequest, r.Status));
        Assert.Contains(rows.Body.GetProperty("errors").GetProperty("file")[0].GetString(), Refusals);
        // The lying archive is refused either when its real expansion passes the limit or when the zip reader finds
        // that the data does not match the sizes the headers declare.
        Assert.Contains(bomb.Body.GetProperty("errors").GetProperty("file")[0].GetString(), BombRefusals);
        Assert.Empty(RowCounts.Changes(before, await RowCounts.TakeAsync(app)));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"took {started.Elapsed}");
        // Reported, not asserted: the figure is process-wide, and other tests may run beside this one.
        TestContext.Current.TestOutputHelper?.WriteLine($"excel bombs ({provider}): {millionRows.Length} + {lyingBomb.Length} bytes uploaded, {allocated / 1024 / 1024} MB allocated, {started.Elapsed}");
    }

    /// <summary>The template with <paramref name="count"/> identical data rows after its header.</summary>
    private static byte[] WithRows(byte[] template, int count)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = archive.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(sheet.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            // The template's writer (MiniExcel) prefixes the spreadsheet namespace ("<x:sheetData>"); an empty sheet
            // data element may be self-closing.
            var sheetData = SheetData().Match(xml);
            Assert.True(sheetData.Success, "no sheetData element in " + name);
            var p = sheetData.Groups["prefix"].Value;
            var selfClosing = sheetData.Groups["self"].Success;
            var end = selfClosing ? sheetData.Index : xml.IndexOf($"</{p}sheetData>", StringComparison.Ordinal);
            writer.Write(xml[..end]);
            if (selfClosing)
            {
                writer.Write($"<{p}sheetData>");
            }

            var row = $"<{p}row><{p}c t=\"inlineStr\"><{p}is><{p}t>东村</{p}t></{p}is></{p}c><{p}c t=\"inlineStr\"><{p}is><{p}t>2026-10</{p}t></{p}is></{p}c></{p}row>";
            for (var i = 0; i < count; i++)
            {
                writer.Write(row);
            }

            writer.Write(selfClosing ? $"</{p}sheetData>" + xml[(sheetData.Index + sheetData.Length)..] : xml[end..]);
        }

        return stream.ToArray();
    }

    /// <summary>An .xlsx-named zip whose one part expands to <paramref name="megabytes"/> MB while its headers say 1,000 bytes.</summary>
    private static byte[] LyingBomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                part.Write(zeros);
            }
        }

        var bytes = stream.ToArray();
        // Local file header (PK\3\4): uncompressed size at offset 22; central directory header (PK\1\2): at offset 24.
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), 1000);
        for (var i = 0; i < bytes.Length - 4; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), 1000);
            }
        }

        return bytes;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(?<prefix>\w+:)?sheetData\b[^>]*?(?<self>/)?>")]
    private static partial System.Text.RegularExpressions.Regex SheetData();
}
