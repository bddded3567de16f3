using System.CommandLine;
using Zongzhi.Domain.Calendar;
using Zongzhi.Features.Calendar;

namespace Zongzhi.Cli;

/// <summary><c>zongzhi calendar load FILE</c> (holiday-cn JSON shape) and <c>zongzhi calendar list</c>.</summary>
public static class CalendarCommand
{
    public static Command Create()
    {
        var command = new Command("calendar", "工作日历：载入国务院节假日通知");
        var file = new Argument<string>("file") { Description = "通知 JSON 文件（与 holidays-cn 相同格式）" };
        var load = new Command("load", "载入或更正一年的节假日通知，并重新计算未结期限") { file };
        load.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"错误：找不到文件 {path}");
                return ZongzhiCommand.BadInput;
            }

            var (schedule, error) = HolidayScheduleJson.Parse(await File.ReadAllTextAsync(path, cancellationToken));
            if (schedule is null || !schedule.IsPublished)
            {
                await Console.Error.WriteLineAsync("错误：" + (error ?? "通知中没有任何日期或来源，不能作为已公布的安排载入"));
                return ZongzhiCommand.BadInput;
            }

            return await CliHost.RunAsync(async (services, ct) =>
            {
                var outcome = await services.GetRequiredService<LoadHolidayNotice>().RunAsync(schedule, "loaded", ct);
                Console.Out.WriteLine($"已{(outcome.Replaced ? "更正" : "载入")} {outcome.Year} 年节假日通知：{outcome.Days} 天；日历版本 {outcome.CalendarVersion}；重新计算期限 {outcome.RecomputedDeadlines} 项。");
                return 0;
            }, cancellationToken);
        });

        var list = new Command("list", "列出已载入的年份");
        list.SetAction((_, cancellationToken) => CliHost.RunAsync(async (services, ct) =>
        {
            var calendar = await services.GetRequiredService<CalendarSource>().GetAsync(ct);
            Console.Out.WriteLine($"日历版本 {calendar.Version}；已公布年份：{string.Join(", ", calendar.PublishedYears)}");
            return 0;
        }, cancellationToken));

        command.Subcommands.Add(load);
        command.Subcommands.Add(list);
        return command;
    }
}
