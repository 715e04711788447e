"""BilinearResize2D takes its `like` input only with mode='like' (as MXNet's symbol and operator decide)."""
import mxnet as mx

d, like = mx.sym.var("d"), mx.sym.var("l")
for f in (lambda: mx.sym.contrib.BilinearResize2D(d, like, height=4, width=4),
          lambda: mx.sym.contrib.BilinearResize2D(d, like=like, height=4, width=4),
          lambda: mx.sym.contrib.BilinearResize2D(d, height=4, width=4),
          lambda: mx.sym.contrib.BilinearResize2D(d, like, mode="like", name="up"),
          lambda: mx.sym.contrib.BilinearResize2D(d, mode="like", name="up2")):
    try:
        print(f().list_arguments())
    except mx.base.MXNetError as e:
        print("MXNetError", "argument name like not found" in str(e))
x = mx.nd.ones((1, 1, 2, 2))
print(mx.nd.contrib.BilinearResize2D(x, mx.nd.ones((1, 1, 3, 3)), mode="like").shape)
