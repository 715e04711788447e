# BucketingModule driven by hand as in the mxnet-notebooks lstm/char_lstm tutorials, with a FusedRNNCell GRU:
# bucket switching, per-bucket checkpoints, score/predict, and a second module fed the saved parameters.
import os
import random
import mxnet as mx
import numpy as np
import warnings
warnings.simplefilter('ignore')
mx.random.seed(5)
np.random.seed(5)
random.seed(5)
sent = [list(np.random.randint(1, 6, size=np.random.randint(2, 7))) for _ in range(12)]
it = mx.rnn.BucketSentenceIter(sent, 3, buckets=[3, 6], invalid_label=0)
stack = mx.rnn.FusedRNNCell(4, num_layers=1, mode='gru', prefix='gru_')
def sym_gen(seq_len):
    data = mx.sym.Variable('data'); label = mx.sym.Variable('softmax_label')
    emb = mx.sym.Embedding(data, input_dim=6, output_dim=3, name='embed')
    stack.reset()
    out, _ = stack.unroll(seq_len, emb, layout='NTC', merge_outputs=True)
    pred = mx.sym.FullyConnected(mx.sym.Reshape(out, shape=(-1, 4)), num_hidden=6, name='pred')
    return mx.sym.SoftmaxOutput(pred, mx.sym.Reshape(label, shape=(-1,)), name='softmax'), ('data',), ('softmax_label',)
mod = mx.mod.BucketingModule(sym_gen, default_bucket_key=it.default_bucket_key)
mod.bind(it.provide_data, it.provide_label)
mod.init_params(mx.init.Xavier())
mod.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.01})
metric = mx.metric.Perplexity(0)
for epoch in range(2):
    it.reset(); metric.reset()
    for batch in it:
        mod.forward(batch, is_train=True)
        mod.update_metric(metric, batch.label)
        mod.backward()
        mod.update()
        print(epoch, batch.bucket_key, mod._curr_bucket_key, [o.shape for o in mod.get_outputs()])
    print(metric.get()[0], round(metric.get()[1], 4))
print(sorted(mod._buckets), mod.symbol.list_arguments() == mod._buckets[6].symbol.list_arguments())
mod.switch_bucket(3, [mx.io.DataDesc('data', (3, 3))], [mx.io.DataDesc('softmax_label', (3, 3))])
print(mod.data_shapes, mod.label_shapes, mod.output_shapes)
mod.save_checkpoint('/tmp/nb_bm', 2)
print(sorted(f for f in os.listdir('/tmp') if f.startswith('nb_bm-') and not f.endswith('.states')))
s = mx.sym.load('/tmp/nb_bm-6-symbol.json')
saved = mx.nd.load('/tmp/nb_bm-0002.params')
a = {k[4:]: v for k, v in saved.items() if k.startswith('arg:')}
x = {k[4:]: v for k, v in saved.items() if k.startswith('aux:')}
print(sorted(a), s.list_outputs())
print([(k, round(v, 4)) for k, v in mod.score(it, mx.metric.Perplexity(0))])
p = mod.predict(it)
print(p.shape if hasattr(p, 'shape') else [q.shape for q in p])
m2 = mx.mod.BucketingModule(sym_gen, default_bucket_key=6)
m2.bind(it.provide_data, it.provide_label, for_training=False)
m2.set_params(a, x)
print([(k, round(v, 4)) for k, v in m2.score(it, mx.metric.Perplexity(0))])
print(m2.get_params()[0]['pred_bias'].asnumpy().round(4))
