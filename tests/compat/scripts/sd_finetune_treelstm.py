# Straight Dope: fine-tuning a model_zoo net (pretrained=False), Tree-LSTM cells, sentiment-style
# embedding + LSTM classifier, and a linear dynamical system (Kalman-style) with nd.linalg
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn, rnn
from mxnet.gluon.model_zoo import vision as models

mx.random.seed(10)
np.random.seed(10)
ctx = mx.cpu()

# fine-tuning: replace the output layer, copy features, train a step
print(models.squeezenet1_1(pretrained=False, prefix='squeeze_').output)
pretrained_net = models.mobilenet0_25(pretrained=False, prefix='mob_')
print(type(pretrained_net.features).__name__, len(pretrained_net.features), pretrained_net.output)
pretrained_net.initialize(mx.init.Xavier())
finetune_net = models.mobilenet0_25(prefix='mob_', classes=2)
finetune_net.features = pretrained_net.features
finetune_net.output.initialize(mx.init.Xavier(), ctx=ctx)
print(finetune_net.output)
x = nd.random.uniform(shape=(1, 3, 32, 32))
out = finetune_net(x)
print(out.shape, finetune_net.features[0].weight.data().shape)
finetune_net.collect_params().setattr('grad_req', 'null')
finetune_net.output.collect_params().setattr('grad_req', 'write')
finetune_net.hybridize()
trainer = gluon.Trainer(finetune_net.collect_params(), 'sgd', {'learning_rate': 0.01, 'wd': 0.001})
with autograd.record():
    l = gluon.loss.SoftmaxCrossEntropyLoss()(finetune_net(x), nd.array([1]))
l.backward()
trainer.step(1)
print(len([p for p in finetune_net.collect_params().values() if p.grad_req == 'write']))
print(sorted(finetune_net.output.collect_params().keys()))
rn = models.get_model('resnet18_v1', pretrained=False, classes=4)
print(rn.output, len(rn.features))
print(models.get_model('mobilenet0.25', classes=3).output)

# Tree-LSTM (child-sum) cell
class ChildSumLSTMCell(gluon.HybridBlock):
    def __init__(self, hidden_size, i2h_weight_initializer=None, hs2h_weight_initializer=None,
                 hc2h_weight_initializer=None, i2h_bias_initializer='zeros', hs2h_bias_initializer='zeros',
                 hc2h_bias_initializer='zeros', input_size=0, prefix=None, params=None):
        super(ChildSumLSTMCell, self).__init__(prefix=prefix, params=params)
        with self.name_scope():
            self._hidden_size = hidden_size
            self._input_size = input_size
            self.i2h_weight = self.params.get('i2h_weight', shape=(4 * hidden_size, input_size),
                                              init=i2h_weight_initializer)
            self.hs2h_weight = self.params.get('hs2h_weight', shape=(3 * hidden_size, hidden_size),
                                               init=hs2h_weight_initializer)
            self.hc2h_weight = self.params.get('hc2h_weight', shape=(hidden_size, hidden_size),
                                               init=hc2h_weight_initializer)
            self.i2h_bias = self.params.get('i2h_bias', shape=(4 * hidden_size,), init=i2h_bias_initializer)
            self.hs2h_bias = self.params.get('hs2h_bias', shape=(3 * hidden_size,), init=hs2h_bias_initializer)
            self.hc2h_bias = self.params.get('hc2h_bias', shape=(hidden_size,), init=hc2h_bias_initializer)

    def forward(self, F, inputs, tree):
        children_outputs = [self.forward(F, inputs, child) for child in tree.children]
        if children_outputs:
            _, children_states = zip(*children_outputs)
        else:
            children_states = None
        with inputs.context as ctx:
            return self.node_forward(F, F.expand_dims(inputs[tree.idx], axis=0), children_states,
                                     self.i2h_weight.data(ctx), self.hs2h_weight.data(ctx),
                                     self.hc2h_weight.data(ctx), self.i2h_bias.data(ctx),
                                     self.hs2h_bias.data(ctx), self.hc2h_bias.data(ctx))

    def node_forward(self, F, inputs, children_states, i2h_weight, hs2h_weight, hc2h_weight,
                     i2h_bias, hs2h_bias, hc2h_bias):
        i2h = F.FullyConnected(data=inputs, weight=i2h_weight, bias=i2h_bias, num_hidden=4 * self._hidden_size)
        i2h_slices = F.split(i2h, num_outputs=4)
        i2h_iuo = F.concat(*[i2h_slices[i] for i in [0, 2, 3]], dim=1)
        i2h_f = i2h_slices[1]
        if children_states:
            hs = F.add_n(*[state[0] for state in children_states])
            hc = F.concat(*[F.expand_dims(state[0], axis=1) for state in children_states], dim=0)
            cs = F.concat(*[state[1] for state in children_states], dim=0)
            i2h_f_bc = F.broadcast_to(i2h_f, shape=(len(children_states), self._hidden_size))
            hc2h_f = F.FullyConnected(data=hc, weight=hc2h_weight, bias=hc2h_bias, num_hidden=self._hidden_size)
            f = F.Activation(i2h_f_bc + hc2h_f.reshape((-1, self._hidden_size)), act_type='sigmoid')
            fc = F.sum(f * cs, axis=0, keepdims=True)
            hs2h_iuo = F.FullyConnected(data=hs, weight=hs2h_weight, bias=hs2h_bias, num_hidden=3 * self._hidden_size)
            i2h_iuo = i2h_iuo + hs2h_iuo
        iuo = F.split(i2h_iuo, num_outputs=3)
        i = F.Activation(iuo[0], act_type='sigmoid')
        u = F.Activation(iuo[1], act_type='tanh')
        o = F.Activation(iuo[2], act_type='sigmoid')
        c = i * u if not children_states else i * u + fc
        h = o * F.Activation(c, act_type='tanh')
        return h, [h, c]


class Tree(object):
    def __init__(self, idx):
        self.children = []
        self.idx = idx


cell = ChildSumLSTMCell(3, input_size=4, i2h_weight_initializer=mx.init.Xavier(),
                        hs2h_weight_initializer=mx.init.Xavier(), hc2h_weight_initializer=mx.init.Xavier())
cell.initialize()
root = Tree(0)
root.children = [Tree(1), Tree(2)]
root.children[0].children = [Tree(3)]
emb = nd.random.uniform(shape=(4, 4))
emb.attach_grad()
with autograd.record():
    h, (hh, c) = cell.forward(nd, emb, root)
    s = (h * h).sum() + c.sum()
s.backward()
print(np.round(h.asnumpy(), 5), np.round(c.asnumpy(), 5))
print(np.round(emb.grad.asnumpy(), 5))
print(sorted(cell.collect_params().keys()))

# sentiment-style: embedding + LSTM + dense over the last step
class SentimentNet(gluon.Block):
    def __init__(self, vocab, embed, hidden, **kwargs):
        super(SentimentNet, self).__init__(**kwargs)
        with self.name_scope():
            self.embedding = nn.Embedding(vocab, embed)
            self.encoder = rnn.LSTM(hidden, num_layers=1, layout='NTC', bidirectional=True)
            self.output = nn.Dense(2, flatten=False)

    def forward(self, x):
        e = self.embedding(x)
        h = self.encoder(e)
        return self.output(nd.mean(h, axis=1))

sn = SentimentNet(10, 4, 3)
sn.initialize(mx.init.Uniform(0.1))
tokens = nd.array([[1, 2, 3, 0], [4, 5, 0, 0]])
print(np.round(sn(tokens).asnumpy(), 5))
print(sn)
print(sorted(k for k in sn.collect_params().keys()))

# linear dynamical system / Kalman filter step with linalg
A = nd.array([[1., 1.], [0., 1.]]); C = nd.array([[1., 0.]])
Q = nd.eye(2) * 0.01; R = nd.array([[0.25]])
m = nd.zeros((2, 1)); P = nd.eye(2)
for obs in [1.0, 2.1, 2.9]:
    m = nd.dot(A, m)
    P = nd.dot(nd.dot(A, P), A.T) + Q
    S = nd.dot(nd.dot(C, P), C.T) + R
    K = nd.dot(nd.dot(P, C.T), nd.linalg.inverse(S))
    m = m + nd.dot(K, nd.array([[obs]]) - nd.dot(C, m))
    P = nd.dot(nd.eye(2) - nd.dot(K, C), P)
print(np.round(m.asnumpy(), 5), np.round(P.asnumpy(), 5))
L = nd.linalg.potrf(P + nd.eye(2))
print(np.round(L.asnumpy(), 5), np.round(nd.linalg.sumlogdiag(L).asnumpy(), 5))
print(np.round(nd.linalg.gemm2(A, P, transpose_b=True).asnumpy(), 5))
