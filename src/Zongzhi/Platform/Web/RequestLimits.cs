using Microsoft.AspNetCore.Http.Features;
using Zongzhi.Features.Attachments;

namespace Zongzhi.Platform.Web;

/// <summary>
/// Request body limits, checked before anything reads the body: 1 MB for JSON and plain forms, the attachment limit
/// (<see cref="AttachmentStore.MaxBytes"/>) plus 1 MB of form overhead for multipart uploads. A body over the limit is
/// refused with 413 and a Chinese message. A body of unknown length (chunked) is read up to the limit first (at most
/// 1 MB is held); uploads are capped through the server's own limit, enforced while the form is read.
/// </summary>
public static class RequestLimits
{
    public const long JsonMaxBytes = 1024 * 1024;
    public const long FormOverheadBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            await next(context);
            return;
        }

        var multipart = request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
        var limit = multipart ? context.RequestServices.GetRequiredService<AttachmentStore>().MaxBytes + FormOverheadBytes : JsonMaxBytes;
        if (request.ContentLength > limit)
        {
            await TooLarge(limit).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (request.ContentLength is null && !multipart)
        {
            var buffer = new MemoryStream();
            await CopyUpToAsync(request.Body, buffer, limit + 1, context.RequestAborted);
            if (buffer.Length > limit)
            {
                await TooLarge(limit).ExecuteAsync(context);
                return;
            }

            buffer.Position = 0;
            request.Body = buffer;
            request.ContentLength = buffer.Length;
            // Readers of the pipe (JSON binding) must see the buffer too, on every server (not all re-wrap a new Body).
            context.Features.Set<IRequestBodyPipeFeature>(new RequestBodyPipeFeature(context));
            context.Response.RegisterForDispose(buffer);
        }

        await next(context);
    });

    public static IResult TooLarge(long limit) => TypedResults.Problem(
        $"请求内容过大：不能超过 {Megabytes(limit)} MB", statusCode: StatusCodes.Status413PayloadTooLarge, title: "请求内容过大");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task CopyUpToAsync(Stream source, Stream target, long max, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        while (target.Length < max)
        {
            var read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - target.Length)), cancellationToken);
            if (read == 0)
            {
                return;
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }
}
