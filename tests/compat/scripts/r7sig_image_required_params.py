"""nd.image functions called without a required parameter: MXNet's MXNetError naming it."""
import mxnet as mx

x = mx.nd.ones((2, 2, 3))
for name in ["adjust_lighting", "crop", "random_brightness", "random_contrast", "random_saturation", "random_hue",
             "random_color_jitter"]:
    try:
        getattr(mx.nd.image, name)(x)
    except mx.base.MXNetError as e:
        print(name, str(e).split("\n")[0].replace("MXNetError: ", ""))
try:
    mx.nd.image.random_brightness(x, 0.5)
except mx.base.MXNetError as e:
    print(str(e).split("\n")[0].replace("MXNetError: ", ""))
print(mx.nd.image.random_brightness(x, 1.0, 1.0).asnumpy().tolist())
print(mx.nd.image.adjust_lighting(x, (0.0, 0.0, 0.0)).asnumpy().tolist())
w = mx.nd.ones((2, 3)) * 0.5
try:
    mx.nd.sparse.adagrad_update(weight=w, grad=w, history=w)
except mx.base.MXNetError as e:
    print(str(e).split("\n")[0].replace("MXNetError: ", ""))
