# BucketingModule: symbols per bucket key sharing parameters; switching, training, outputs.
import mxnet as mx
import numpy as np


def sym_gen(seq_len):
    data = mx.sym.var('data')
    label = mx.sym.var('softmax_label')
    w = mx.sym.var('fc_weight')
    flat = mx.sym.reshape(data, shape=(-1, seq_len))
    fc = mx.sym.FullyConnected(flat, weight=w, num_hidden=2, no_bias=True, name='fc')
    out = mx.sym.SoftmaxOutput(fc, label, name='softmax')
    return out, ('data',), ('softmax_label',)


mod = mx.mod.BucketingModule(sym_gen, default_bucket_key=3, context=mx.cpu())
print(mod.binded, mod.params_initialized)
mod.bind(data_shapes=[('data', (2, 3))], label_shapes=[('softmax_label', (2,))])
print(mod.data_names, mod.output_names, mod.data_shapes, mod.label_shapes, mod.output_shapes)
print(mod.symbol.list_arguments())
mod.init_params(mx.init.Constant(0.5))
mod.init_optimizer(optimizer_params={'learning_rate': 1.0})
b = mx.io.DataBatch([mx.nd.ones((2, 3))], [mx.nd.array([0, 1])], bucket_key=3,
                    provide_data=[mx.io.DataDesc('data', (2, 3))],
                    provide_label=[mx.io.DataDesc('softmax_label', (2,))])
mod.forward(b)
print(mod.get_outputs()[0].asnumpy().tolist())
mod.backward()
mod.update()
print(np.round(mod.get_params()[0]['fc_weight'].asnumpy(), 5).tolist())
mod.switch_bucket(3, [mx.io.DataDesc('data', (2, 3))], [mx.io.DataDesc('softmax_label', (2,))])
try:
    mod.forward(mx.io.DataBatch([mx.nd.ones((2, 4))], [mx.nd.array([0, 1])], bucket_key=4,
                                provide_data=[mx.io.DataDesc('data', (2, 4))],
                                provide_label=[mx.io.DataDesc('softmax_label', (2,))]))
    print(mod.get_outputs()[0].asnumpy().tolist())
except Exception as e:
    print(type(e).__name__)


def sym_gen2(seq_len):
    data = mx.sym.var('data')
    emb = mx.sym.Embedding(data, input_dim=5, output_dim=2, name='emb')
    pooled = mx.sym.sum(emb, axis=1)
    fc = mx.sym.FullyConnected(pooled, num_hidden=2, name='fc')
    return mx.sym.SoftmaxOutput(fc, name='softmax'), ('data',), ('softmax_label',)


mod = mx.mod.BucketingModule(sym_gen2, default_bucket_key=4)
mod.bind(data_shapes=[('data', (2, 4))], label_shapes=[('softmax_label', (2,))])
mod.init_params(mx.init.Constant(0.1))
mod.init_optimizer(optimizer_params={'learning_rate': 0.1})
for key in (4, 2, 3, 4):
    batch = mx.io.DataBatch([mx.nd.array(np.arange(2 * key).reshape(2, key) % 5)], [mx.nd.array([0, 1])],
                            bucket_key=key, provide_data=[mx.io.DataDesc('data', (2, key))],
                            provide_label=[mx.io.DataDesc('softmax_label', (2,))])
    mod.forward(batch, is_train=True)
    mod.backward()
    mod.update()
    print(key, mod.data_shapes, np.round(mod.get_outputs()[0].asnumpy(), 5).tolist())
print(sorted(mod._buckets.keys()))
print(np.round(mod.get_params()[0]['emb_weight'].asnumpy(), 5).tolist())
m = mx.metric.Accuracy()
mod.update_metric(m, batch.label)
print(m.get())
try:
    mx.mod.BucketingModule(sym_gen2)
except Exception as e:
    print(type(e).__name__)
