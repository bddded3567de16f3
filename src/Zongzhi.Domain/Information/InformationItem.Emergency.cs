using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Information;

public sealed partial class InformationItem
{
    /// <summary>
    /// 立即报告: adds each recipient once (a recipient already reported to is skipped) and returns those added, so
    /// the application notifies exactly them (（二）4).
    /// </summary>
    /// <param name="userIds">The leaders and higher departments to tell.</param>
    /// <param name="now">The instant (UTC).</param>
    public IReadOnlyList<string> ReportTo(IEnumerable<string> userIds, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (!IsEmergency)
        {
            return [];
        }

        var added = new List<string>();
        foreach (var userId in userIds.Where(u => !string.IsNullOrEmpty(u)).Distinct(StringComparer.Ordinal))
        {
            if (_acknowledgements.Any(a => a.UserId == userId))
            {
                continue;
            }

            _acknowledgements.Add(new EmergencyAcknowledgement(userId, now));
            added.Add(userId);
        }

        return added;
    }

    /// <summary>确认收悉: a recipient acknowledges the report, once; a second acknowledgement is refused.</summary>
    /// <param name="userId">The recipient.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Acknowledge(string userId, DateTime now)
    {
        var acknowledgement = _acknowledgements.FirstOrDefault(a => a.UserId == userId);
        if (acknowledgement is null)
        {
            return new ForbiddenError("您不是该紧急信息的报告对象");
        }

        if (acknowledgement.AcknowledgedAt is not null)
        {
            return new ConflictError("您已确认收悉");
        }

        acknowledgement.Acknowledge(now);
        return Result.Success;
    }

    /// <summary>派员赶赴现场: records who was sent and when.</summary>
    /// <param name="staff">Who was sent.</param>
    /// <param name="sentAt">When (UTC); not in the future.</param>
    /// <param name="userId">Who records it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result<SceneDispatch> Dispatch(string? staff, DateTime sentAt, string userId, DateTime now)
    {
        if (!IsEmergency)
        {
            return new ConflictError("只有重大突发事件或越级上访信息需要派员赶赴现场");
        }

        if (TextRules.Required("staff", staff, "派出人员", TextLimits.ShortText) is { } error)
        {
            return error;
        }

        if (sentAt > now)
        {
            return new ValidationError("sentAt", "派出时间不能晚于当前时间");
        }

        var dispatch = new SceneDispatch(staff!, sentAt, userId);
        _dispatches.Add(dispatch);
        return dispatch;
    }

    /// <summary>到达现场: records the arrival and what the staff found.</summary>
    /// <param name="dispatchId">The dispatch.</param>
    /// <param name="arrivedAt">When (UTC); not before sending, not in the future.</param>
    /// <param name="findings">现场情况.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result RecordArrival(long dispatchId, DateTime arrivedAt, string? findings, DateTime now)
    {
        var dispatch = _dispatches.FirstOrDefault(d => d.Id == dispatchId);
        if (dispatch is null)
        {
            return new NotFoundError("未找到该派员记录");
        }

        if (dispatch.ArrivedAt is not null)
        {
            return new ConflictError("已记录到达现场");
        }

        if (arrivedAt < dispatch.SentAt || arrivedAt > now)
        {
            return new ValidationError("arrivedAt", "到达时间应在派出时间与当前时间之间");
        }

        if (TextRules.Required("findings", findings, "现场情况", TextLimits.LongText, multiline: true) is { } error)
        {
            return error;
        }

        dispatch.Arrive(arrivedAt, findings!);
        return Result.Success;
    }
}
