# NDArray.reshape (a view), nd.reshape and sym.reshape on the special codes of NDArray.reshape's documentation,
# plus codes that need more input dimensions than there are (an MXNetError from each form).
import mxnet as mx

CASES = [((2, 3, 4), (4, 0, 2)), ((2, 3, 4), (2, 0, 0)), ((2, 3, 4), (6, 1, -1)), ((2, 3, 4), (3, -1, 8)),
         ((2, 3, 4), (-1,)), ((2, 3, 4), (-2,)), ((2, 3, 4), (2, -2)), ((2, 3, 4), (-2, 1, 1)), ((2, 3, 4), (-3, 4)),
         ((2, 3, 4, 5), (-3, -3)), ((2, 3, 4), (0, -3)), ((2, 3, 4), (-3, -2)), ((2, 3, 4), (-4, 1, 2, -2)),
         ((2, 3, 4), (2, -4, -1, 3, -2)), ((10, 5, 4), (-1, 0)), ((2, 3, 4), (0, 0, 0, 0)), ((2, 3, 4), (-4, -1, -1, -2)),
         ((2, 3, 4), (-5,)), ((2, 3, 4), (0, -1, 0)), ((2, 3, 4), (-4, 3, -1, -2)),
         ((2, 3, 4), (-4, 2, 1, -3))]
for src, codes in CASES:
    x = mx.nd.zeros(src)
    # MXNet 1.9.1 corrupts its heap on reverse=True with -2/-3/-4: those are left out
    for reverse in ((False,) if any(c in codes for c in (-2, -3, -4)) else (False, True)):
        for form in ("method", "op", "sym"):
            try:
                if form == "method":
                    shape = x.reshape(codes, reverse=reverse).shape
                elif form == "op":
                    shape = mx.nd.reshape(x, shape=codes, reverse=reverse).shape
                else:
                    shape = mx.sym.reshape(mx.sym.var("a"), shape=codes, reverse=reverse).infer_shape(a=src)[1][0]
            except Exception as e:
                shape = type(e).__name__
            print(src, codes, reverse, form, shape)
