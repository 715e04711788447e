# A parameter error whose value spans lines: MXNet reads the lines right after the first that start with two
# spaces as stack frames (printed first, last on top) and drops one blank line ending them.
# recorded on AVX2
import mxnet as mx

x = mx.nd.ones(2)
values = ["a\n  b\n\nc", "a\nb\n  c", "a\n\nb", "a\n\n\nb", "a\n  b\n  c\nd\n  e", "a\n b\n\n  c",
          "a\n\n  b\n\nc", "a\n   \nb", "a\n  b\n\n\nc", "a\n\tb\nc", "\n  b", "a\n ", "a\n  b\n"]
for v in values:
    try:
        mx.nd.Concat(x, x, dim=v)
    except mx.base.MXNetError as e:
        print(repr(v), '->', repr(str(e)))
for f in (lambda: mx.np.blackman(mx.np.ones((2, 1, 3))), lambda: mx.np.arange(mx.np.ones((2, 2, 3))),
          lambda: mx.np.ones(mx.np.ones((2, 3))), lambda: mx.nd.Concat(x, num_args=0)):
    try:
        f()
    except mx.base.MXNetError as e:
        print(repr(str(e)))
