using Xunit;
using Zongzhi.Domain.Calendar;
using static Zongzhi.Domain.Tests.Calendar.ShippedCalendar;

namespace Zongzhi.Domain.Tests.Calendar;

public sealed class HolidayScheduleJsonTests
{
    // holiday-cn's published 2027.json: the State Council has not issued the notice yet.
    private const string _unpublished2027 = """
        {
            "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
            "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2027.json",
            "year": 2027,
            "papers": [],
            "days": []
        }
        """;

    // Excerpt of holiday-cn's 2020.json (isOffDay: false marks a working day).
    private const string _holidayCn2020 = """
        {
            "year": 2020,
            "papers": [
                "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm",
                "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm"
            ],
            "days": [
                { "name": "春节", "date": "2020-02-03", "isOffDay": false },
                { "name": "元旦", "date": "2020-01-01", "isOffDay": true },
                { "name": "春节", "date": "2020-01-19", "isOffDay": false },
                { "name": "春节", "date": "2020-02-01", "isOffDay": true }
            ]
        }
        """;

    public static TheoryData<int> ShippedYears => [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1)];

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Parse_ShippedNotice_IsPublishedScheduleOfItsYear(int year)
    {
        var json = ReadNotice(year);

        var (schedule, error) = HolidayScheduleJson.Parse(json);

        Assert.Null(error);
        Assert.NotNull(schedule);
        Assert.Equal(year, schedule.Year);
        Assert.True(schedule.IsPublished);
        Assert.NotEmpty(schedule.Notices);
    }

    [Fact]
    public void Parse_OwnFormat_ReadsKindsNamesAndNotices()
    {
        var json = ReadNotice(2020);

        var (schedule, _) = HolidayScheduleJson.Parse(json);

        Assert.NotNull(schedule);
        Assert.Equal(37, schedule.Days.Count);
        Assert.Equal(2, schedule.Notices.Count);
        Assert.Contains(new NoticeDay(Day("2020-02-01"), NoticeDayKind.Holiday, "春节"), schedule.Days);
        Assert.Contains(new NoticeDay(Day("2020-02-03"), NoticeDayKind.WorkingDay, "春节"), schedule.Days);
        Assert.Contains(new NoticeDay(Day("2020-01-19"), NoticeDayKind.MakeupWorkingDay, "春节"), schedule.Days);
    }

    [Fact]
    public void Parse_HolidayCnFormat_MapsIsOffDayAndSortsDays()
    {
        var json = _holidayCn2020;

        var (schedule, error) = HolidayScheduleJson.Parse(json);

        Assert.Null(error);
        Assert.NotNull(schedule);
        Assert.Equal(2020, schedule.Year);
        Assert.Equal(2, schedule.Notices.Count);
        Assert.Equal(
            [
                new NoticeDay(Day("2020-01-01"), NoticeDayKind.Holiday, "元旦"),
                new NoticeDay(Day("2020-01-19"), NoticeDayKind.MakeupWorkingDay, "春节"),
                new NoticeDay(Day("2020-02-01"), NoticeDayKind.Holiday, "春节"),
                new NoticeDay(Day("2020-02-03"), NoticeDayKind.WorkingDay, "春节"),
            ],
            schedule.Days);
    }

    [Fact]
    public void Parse_HolidayCnFormat_AgreesWithShippedFormat()
    {
        var (excerpt, _) = HolidayScheduleJson.Parse(_holidayCn2020);
        var (shipped, _) = HolidayScheduleJson.Parse(ReadNotice(2020));

        var missing = excerpt!.Days.Except(shipped!.Days).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Parse_DecemberOfPreviousYear_IsAccepted()
    {
        var json = ReadNotice(2019);

        var (schedule, _) = HolidayScheduleJson.Parse(json);

        Assert.NotNull(schedule);
        Assert.Equal(new NoticeDay(Day("2018-12-29"), NoticeDayKind.MakeupWorkingDay, "元旦"), schedule.Days[0]);
    }

    [Fact]
    public void Parse_Unpublished2027File_IsUnpublishedSchedule()
    {
        var json = _unpublished2027;

        var (schedule, error) = HolidayScheduleJson.Parse(json);

        Assert.Null(error);
        Assert.NotNull(schedule);
        Assert.Equal(2027, schedule.Year);
        Assert.False(schedule.IsPublished);
        Assert.Empty(schedule.Days);
    }

    [Fact]
    public void Parse_Unpublished2027File_CalendarCountsWeekendsOnlyAndProvisional()
    {
        var (schedule, _) = HolidayScheduleJson.Parse(_unpublished2027);
        var calendar = With([schedule!]);

        var deadline = calendar.AddWorkingDays(Day("2027-09-30"), 1);

        Assert.Equal(Day("2027-10-01"), deadline.DueOn);
        Assert.True(deadline.IsProvisional);
        Assert.DoesNotContain(2027, calendar.PublishedYears);
    }

    [Theory]
    [InlineData("""{ "year": 2023, "days": [ { "date": "2023-02-29", "isOffDay": true } ] }""", "日期 date 无效")]
    [InlineData("""{ "year": 2023, "days": [ { "date": "2023/01/02", "isOffDay": true } ] }""", "日期 date 无效")]
    [InlineData("""{ "year": 2023, "days": [ { "isOffDay": true } ] }""", "日期 date 无效")]
    [InlineData("""{ "days": [ { "date": "2023-01-02", "isOffDay": true } ] }""", "年份")]
    [InlineData("""{ "year": 12, "days": [] }""", "年份")]
    [InlineData("""{ "year": "2023", "days": [] }""", "年份")]
    [InlineData("""[ 2023 ]""", "年份")]
    [InlineData("""{ "year": 2023, "days": [ { "date": "2023-01-02", "isOffDay": true }, { "date": "2023-01-02", "isOffDay": false } ] }""", "重复")]
    [InlineData("""{ "year": 2019, "days": [ { "date": "2025-10-01", "isOffDay": true } ] }""", "不属于 2019 年")]
    [InlineData("""{ "year": 2019, "days": [ { "date": "2017-12-30", "isOffDay": true } ] }""", "不属于 2019 年")]
    // Only a December day of the previous year may appear (CalendarDay.IsSettled relies on it).
    [InlineData("""{ "year": 2019, "days": [ { "date": "2018-06-18", "isOffDay": true } ] }""", "不属于 2019 年")]
    [InlineData("""{ "year": 2019, "days": [ { "date": "2020-01-01", "isOffDay": true } ] }""", "不属于 2019 年")]
    [InlineData("""{ "year": 2023 }""", "days")]
    [InlineData("""{ "year": 2023, "days": [ { "date": "2023-01-02" } ] }""", "isOffDay")]
    [InlineData("""{ "year": 2023, "days": [ { "date": "2023-01-02", "kind": "Festival" } ] }""", "isOffDay")]
    [InlineData("""{ "year": 2023, "papers": [ "" ], "days": [] }""", "papers")]
    [InlineData("""{ "year": 2023, "days": [ """, "JSON")]
    [InlineData("", "JSON")]
    public void Parse_InvalidFile_RefusedWithChineseMessage(string json, string expected)
    {
        var text = json;

        var (schedule, error) = HolidayScheduleJson.Parse(text);

        Assert.Null(schedule);
        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(error, c => c is >= '\u4e00' and <= '\u9fff');
    }
}
