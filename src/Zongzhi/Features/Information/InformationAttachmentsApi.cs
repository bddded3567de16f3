using Microsoft.AspNetCore.Mvc;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Attachments;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary><c>/api/information/{id}/attachments</c>: attach files to an information item within scope, and list them (download: <c>/api/attachments/{id}</c>).</summary>
public static class InformationAttachmentsApi
{
    public sealed record AttachmentView(long Id, long InformationItemId, string FileName, string ContentType, long Size, string Sha256, string? Description,
        DateTime UploadedAt)
    {
        public static AttachmentView From(Attachment a)
        {
            ArgumentNullException.ThrowIfNull(a);
            return new(a.Id, a.InformationItemId ?? 0, a.FileName, a.ContentType, a.Size, a.Sha256, a.Description, a.UploadedAt);
        }
    }

    public static IEndpointRouteBuilder MapInformationAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/information/{id:long}/attachments").WithTags("Information");
        group.MapPost("/", UploadAsync).RequireAuthorization(Policies.Contributor)
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentStore.DefaultMaxBytes + 64 * 1024))
            .WithSummary("上传信息附件（PDF、图片、Word、Excel；multipart 字段 file，可选 description）");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff).WithSummary("信息的附件");
        return app;
    }

    public static async Task<IResult> UploadAsync(long id, HttpRequest request, InformationAttachments attachments, CurrentUser current, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation("file", "请以表单（multipart/form-data）上传文件");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var uploaded = await attachments.UploadAsync(await current.RequireAsync(cancellationToken), id, form.Files.GetFile("file"),
            form["description"].ToString(), cancellationToken);
        if (uploaded.NotFound)
        {
            return Problems.From(new NotFoundError("未找到该信息"));
        }

        return uploaded.Attachment is { } a
            ? TypedResults.Created($"/api/attachments/{a.Id}", AttachmentView.From(a))
            : Problems.Validation(uploaded.Field!, uploaded.Error!);
    }

    public static async Task<IResult> ListAsync(long id, InformationAttachments attachments, CurrentUser current, CancellationToken cancellationToken)
    {
        if (!await attachments.CanSeeAsync(await current.RequireAsync(cancellationToken), id, cancellationToken))
        {
            return Problems.From(new NotFoundError("未找到该信息"));
        }

        return TypedResults.Ok((await attachments.ListAsync(id, cancellationToken)).Select(AttachmentView.From).ToList());
    }
}
