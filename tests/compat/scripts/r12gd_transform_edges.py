"""transforms.Cast(None) casts to float64 as MXNet's front end reads None, and rotating a one-pixel-wide image gives NaN without numpy warnings."""
import warnings
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

warnings.simplefilter("error")
x = nd.array([[[1, 2, 3]], [[4, 5, 6]]], dtype='uint8')
y = T.Cast(None)(x)
print(y.dtype, y.asnumpy().tolist())
t = T.Cast(None)
t.hybridize()
print(t(x).dtype)
print(T.Cast(dtype=None)(x.astype('float16')).dtype)

print(T.Rotate(30)(nd.ones((1, 1, 3))).asnumpy().tolist())
print(T.Rotate(45, zoom_in=True)(nd.ones((1, 4, 1))).asnumpy().tolist())
print(T.Rotate(-20, zoom_out=True)(nd.ones((2, 3, 1)) * 2).asnumpy().tolist())
print(T.RandomRotation((10, 30), zoom_out=True)(nd.ones((2, 3, 1, 1))).shape)
print(T.Rotate(90)(nd.arange(6).reshape((1, 2, 3))).asnumpy().tolist())
