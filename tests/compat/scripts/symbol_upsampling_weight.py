# UpSampling: the bilinear weight variable, its initializer and shape; the second input of a nearest one.
import mxnet as mx

d = mx.sym.var('data')
s = mx.sym.UpSampling(d, scale=2, sample_type='bilinear', num_filter=2, name='bu')
print(s.list_arguments(), s.attr_dict())
print(s.infer_shape(data=(1, 2, 3, 3)))
print(s.tojson())
w = mx.sym.var('w')
s2 = mx.sym.UpSampling(d, w, scale=3, sample_type='bilinear', num_filter=2, name='bu2')
print(s2.list_arguments(), s2.attr_dict(), s2.infer_shape(data=(1, 2, 3, 3)))
n = mx.sym.UpSampling(d, d, scale=2, sample_type='nearest', name='nn')
print(n.list_arguments(), n.attr_dict())
mod = mx.mod.Module(s, label_names=None)
mod.bind([('data', (1, 2, 3, 3))])
mod.init_params()
print(mod.get_params()[0]['bu_weight'].asnumpy().round(4).tolist())
mod.forward(mx.io.DataBatch([mx.nd.arange(18).reshape((1, 2, 3, 3))]), is_train=False)
print(mod.get_outputs()[0].asnumpy().round(4).tolist())
