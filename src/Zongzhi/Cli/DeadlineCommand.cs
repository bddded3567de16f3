using System.CommandLine;
using System.Text.Json;
using Zongzhi.Features.Calendar;

namespace Zongzhi.Cli;

/// <summary>
/// <c>zongzhi deadline --start 2024-09-27 --working-days 7 [--json]</c> (or <c>--calendar-days N</c>, <c>--months N</c>):
/// prints the period's last day with the installation's calendar.
/// </summary>
public static class DeadlineCommand
{
    public static Command Create()
    {
        var command = new Command("deadline", "计算期限的最后一日");
        var start = new Option<string?>("--start") { Description = "起算日 yyyy-MM-dd（当日不计入）" };
        var workingDays = new Option<string?>("--working-days") { Description = "工作日数" };
        var calendarDays = new Option<string?>("--calendar-days") { Description = "自然日数" };
        var months = new Option<string?>("--months") { Description = "月数" };
        var json = new Option<bool>("--json") { Description = "输出 JSON" };
        command.Options.Add(start);
        command.Options.Add(workingDays);
        command.Options.Add(calendarDays);
        command.Options.Add(months);
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = new DeadlineQuery(parse.GetValue(start), parse.GetValue(workingDays), parse.GetValue(calendarDays), parse.GetValue(months));
            if (query.Validate(out var errors) is not { } valid)
            {
                foreach (var (field, messages) in errors)
                {
                    await Console.Error.WriteLineAsync($"错误（{field}）：{string.Join("；", messages)}");
                }

                return ZongzhiCommand.BadInput;
            }

            return await CliHost.RunAsync(async (services, ct) =>
            {
                var calendar = await services.GetRequiredService<CalendarSource>().GetAsync(ct);
                var deadline = calendar.Add(valid.Start, valid.Period);
                Console.Out.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(DeadlineAnswer.From(valid.Start, deadline))
                    : DeadlineAnswer.Describe(valid.Start, valid.Period, deadline));
                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
