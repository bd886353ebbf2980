using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Rehab.Web.Errors;

/// <summary>
/// The server refuses a request it cannot parse (a NUL character in the address, %00, or a malformed request line
/// or header) with a bare 400 before any middleware runs, and offers no hook to change that answer. This
/// connection middleware gives that answer a problem+json body, so that every 400 a client sees explains itself.
/// </summary>
public static class UnreadableRequestProblems
{
    /// <summary>On by default; may be turned off where a reverse proxy answers malformed requests first.</summary>
    public const string Setting = "Rehab:Server:ExplainUnreadableRequests";

    public static void UseUnreadableRequestProblems(this ListenOptions listen) =>
        listen.Use(next => connection =>
        {
            connection.Transport = new Answering(connection.Transport);
            return next(connection);
        });

    /// <summary>The start of the server's own refusal: an empty 400 that closes the connection.</summary>
    private static ReadOnlySpan<byte> BareRefusal =>
        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n"u8;

    private static readonly byte[] Problem = JsonSerializer.SerializeToUtf8Bytes(new ProblemDetails
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Title = "The request could not be read",
        Status = StatusCodes.Status400BadRequest,
        Detail = "The address or a header line of the request is malformed, for example the address holds a NUL " +
                 "character (%00). Correct it and send the request again.",
    }, JsonSerializerOptions.Web);

    private static readonly byte[] ProblemHeaders = Encoding.ASCII.GetBytes(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\n" +
        $"Content-Length: {Problem.Length}\r\nConnection: close\r\n");

    private sealed class Answering(IDuplexPipe transport) : IDuplexPipe
    {
        public PipeReader Input => transport.Input;

        public PipeWriter Output { get; } = new AnsweringWriter(transport.Output);
    }

    /// <summary>Passes every write through, except the bare refusal, which it writes again with the problem.</summary>
    private sealed class AnsweringWriter(PipeWriter inner) : PipeWriter
    {
        private Memory<byte> _written;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _written = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (_written = inner.GetMemory(sizeHint)).Span;

        public override void Advance(int bytes)
        {
            var span = _written.Span;
            if (bytes > BareRefusal.Length && bytes <= span.Length && span.StartsWith(BareRefusal)
                && span[..bytes].EndsWith("\r\n\r\n"u8))
            {
                var rest = span[BareRefusal.Length..bytes].ToArray(); // the date line and the blank line
                inner.Write(ProblemHeaders);
                inner.Write(rest);
                inner.Write(Problem);
                return;
            }
            inner.Advance(bytes);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) =>
            inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}
