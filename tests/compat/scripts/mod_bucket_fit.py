# BucketingModule.fit/score/predict over a bucketed iterator, parameters shared across buckets.
import logging
import re
import mxnet as mx
import numpy as np


class Show(logging.Handler):
    def emit(self, record):
        msg = re.sub(r'[0-9]+\.[0-9]+ samples/sec', 'S samples/sec', record.getMessage())
        print(record.levelname, re.sub(r'Time cost=[0-9.]+', 'Time cost=T', msg))


logging.getLogger().handlers = [Show()]
logging.getLogger().setLevel(logging.INFO)


class BucketIter(mx.io.DataIter):
    def __init__(self):
        super().__init__(batch_size=2)
        self.default_bucket_key = 4
        self.provide_data = [mx.io.DataDesc('data', (2, 4))]
        self.provide_label = [mx.io.DataDesc('softmax_label', (2,))]
        self.keys = [4, 2, 3, 4, 2]
        self.cur = 0

    def reset(self):
        self.cur = 0

    def next(self):
        if self.cur == len(self.keys):
            raise StopIteration
        k = self.keys[self.cur]
        self.cur += 1
        x = mx.nd.array((np.arange(2 * k).reshape(2, k) + self.cur) % 7)
        y = mx.nd.array([self.cur % 2, (self.cur + 1) % 2])
        return mx.io.DataBatch([x], [y], pad=0, bucket_key=k, provide_data=[mx.io.DataDesc('data', (2, k))],
                               provide_label=[mx.io.DataDesc('softmax_label', (2,))])


def sym_gen(k):
    data = mx.sym.var('data')
    emb = mx.sym.Embedding(data, input_dim=7, output_dim=3, name='emb')
    fc = mx.sym.FullyConnected(mx.sym.mean(emb, axis=1), num_hidden=2, name='fc')
    return mx.sym.SoftmaxOutput(fc, name='softmax'), ('data',), ('softmax_label',)


it = BucketIter()
mod = mx.mod.BucketingModule(sym_gen, default_bucket_key=it.default_bucket_key)
mod.fit(it, num_epoch=2, initializer=mx.init.Xavier(), optimizer_params={'learning_rate': 0.5},
        eval_metric='acc', batch_end_callback=mx.callback.Speedometer(2, 2))
print(sorted(mod._buckets.keys()), mod._curr_bucket_key if hasattr(mod, '_curr_bucket_key') else None)
arg, aux = mod.get_params()
print(sorted(arg), np.round(arg['fc_weight'].asnumpy(), 4).tolist())
print(mod.score(it, 'acc'))
p = mod.predict(it)
print(type(p).__name__, [x.shape for x in p] if isinstance(p, list) else p.shape)
print(mod.symbol.list_arguments(), mod.data_names, mod.output_names)
try:
    mod.predict(mx.io.NDArrayIter(np.ones((3, 4)), batch_size=2, last_batch_handle='pad'))
    print(mod.get_outputs()[0].shape)
except Exception as e:
    print(type(e).__name__)
b = mx.io.DataBatch([mx.nd.ones((2, 3))], bucket_key=3, provide_data=[mx.io.DataDesc('data', (2, 3))])
try:
    for o in mod.iter_predict([b]):
        pass
except Exception as e:
    print(type(e).__name__)
import os
import tempfile
tmp = tempfile.mkdtemp()
mod.save_checkpoint(os.path.join(tmp, 'b'), 1)
m2 = mx.mod.BucketingModule.load(os.path.join(tmp, 'b'), 1, sym_gen=sym_gen, default_bucket_key=4)
m2.bind(it.provide_data, it.provide_label, for_training=False)
print(m2.params_initialized, np.allclose(m2.get_params()[0]['fc_weight'].asnumpy(), arg['fc_weight'].asnumpy()))
print(m2.score(it, 'acc'))
print(sorted(f for f in os.listdir(tmp)))
m3 = mx.mod.Module(sym_gen(4)[0])
m3.bind([('data', (2, 4))], [('softmax_label', (2,))])
m3.init_params()
m3.reshape([('data', (3, 4))], [('softmax_label', (3,))])
print(m3.data_shapes, m3.output_shapes)
m3.forward(mx.io.DataBatch([mx.nd.ones((3, 4))], [mx.nd.zeros(3)]))
try:
    m3.get_states()
except AssertionError as e:
    print(e)
print(m3.get_outputs()[0].shape, m3.get_states(merge_multi_context=False))
