using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Assignments;

/// <summary>办理进展: a note on the current round, by the handling or a co-handling department.</summary>
public sealed class RecordProgress(SheetWork work)
{
    public Task<IResult> RunAsync(long sheetId, ProgressRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (new FieldChecks().Text("text", request.Text, "办理进展", TextLimits.LongText).Problem() is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        return work.RunAsync(sheetId, request.Version, "assignment.progress", step =>
        {
            var (c, sheet) = (step.Context, step.Sheet);
            if (c.User.DepartmentId is not { } department)
            {
                return Task.FromResult<Result>(new ForbiddenError("只有承办部门或协办部门的人员可以记录办理进展"));
            }

            var noted = sheet.AddProgressNote(c.Matter, c.User.Id, department, request.Text!, c.Now);
            return Task.FromResult(noted.IsSuccess ? Result.Success : Result.Fail(noted.Error!));
        }, cancellationToken: cancellationToken);
    }
}
