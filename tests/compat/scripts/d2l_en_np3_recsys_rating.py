"""d2l-en recommender systems, rating prediction: a MovieLens-like file the script writes, train/test split,
an interaction matrix built element by element in mx.np, ArrayDataset/DataLoader with last_batch='rollover',
matrix factorisation with Embedding biases, L2Loss, Adam with wd, metric.RMSE; and AutoRec with
autograd.is_training() and np.sign masking."""
import os, random, tempfile
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)

num_users, num_items = 7, 9
data_dir = tempfile.mkdtemp()
with open(os.path.join(data_dir, 'u.data'), 'w') as f:
    for u in range(1, num_users + 1):
        for i in random.sample(range(1, num_items + 1), 5):
            f.write('%d\t%d\t%d\t%d\n' % (u, i, random.randint(1, 5), 880000000 + random.randint(0, 10000)))


def read_data_ml100k():
    rows = []
    with open(os.path.join(data_dir, 'u.data')) as f:
        for line in f:
            rows.append([int(x) for x in line.split('\t')])
    return rows, len(set(r[0] for r in rows)), len(set(r[1] for r in rows))


data, nu, ni = read_data_ml100k()
sparsity = 1 - len(data) / (nu * ni)
print(f'number of users: {nu}, number of items: {ni}')
print(f'matrix sparsity: {sparsity:f}')
print(data[:3])


def split_data_ml100k(data, num_users, num_items, split_mode='random', test_ratio=0.2):
    if split_mode == 'seq-aware':
        train_items, test_items, train_list = {}, {}, []
        for line in data:
            u, i, rating, time = line
            train_items.setdefault(u, []).append((u, i, rating, time))
            if u not in test_items or test_items[u][-1] < time:
                test_items[u] = (i, rating, time)
        for u in range(1, num_users + 1):
            train_list.extend(sorted(train_items[u], key=lambda k: k[3]))
        test_data = [(key, *value) for key, value in test_items.items()]
        train_data = [item for item in train_list if item not in test_data]
    else:
        mask = [True if x == 1 else False for x in onp.random.uniform(0, 1, (len(data))) < 1 - test_ratio]
        neg_mask = [not x for x in mask]
        train_data, test_data = [d for d, m in zip(data, mask) if m], [d for d, m in zip(data, neg_mask) if m]
    return train_data, test_data


def load_data_ml100k(data, num_users, num_items, feedback='explicit'):
    users, items, scores = [], [], []
    inter = np.zeros((num_items, num_users)) if feedback == 'explicit' else {}
    for line in data:
        user_index, item_index = int(line[0] - 1), int(line[1] - 1)
        score = int(line[2]) if feedback == 'explicit' else 1
        users.append(user_index)
        items.append(item_index)
        scores.append(score)
        if feedback == 'implicit':
            inter.setdefault(user_index, []).append(item_index)
        else:
            inter[item_index, user_index] = score
    return users, items, scores, inter


train_data, test_data = split_data_ml100k(data, nu, ni, 'random', 0.2)
train_u, train_i, train_r, train_inter = load_data_ml100k(train_data, nu, ni)
test_u, test_i, test_r, test_inter = load_data_ml100k(test_data, nu, ni)
print(len(train_data), len(test_data), train_inter.dtype, train_inter.shape, float(train_inter.sum()))
print(train_inter[:3])
train_set = gluon.data.ArrayDataset(np.array(train_u), np.array(train_i), np.array(train_r))
test_set = gluon.data.ArrayDataset(np.array(test_u), np.array(test_i), np.array(test_r))
train_iter = gluon.data.DataLoader(train_set, shuffle=True, last_batch='rollover', batch_size=8)
test_iter = gluon.data.DataLoader(test_set, batch_size=8)
print(len(train_iter), len(test_iter))
seq_train, seq_test = split_data_ml100k(data, nu, ni, 'seq-aware')
print(len(seq_train), seq_test[:2])


class MF(nn.Block):
    def __init__(self, num_factors, num_users, num_items, **kwargs):
        super(MF, self).__init__(**kwargs)
        self.P = nn.Embedding(input_dim=num_users, output_dim=num_factors)
        self.Q = nn.Embedding(input_dim=num_items, output_dim=num_factors)
        self.user_bias = nn.Embedding(num_users, 1)
        self.item_bias = nn.Embedding(num_items, 1)

    def forward(self, user_id, item_id):
        P_u = self.P(user_id)
        Q_i = self.Q(item_id)
        b_u = self.user_bias(user_id)
        b_i = self.item_bias(item_id)
        outputs = (P_u * Q_i).sum(axis=1) + np.squeeze(b_u) + np.squeeze(b_i)
        return outputs.flatten()


def evaluator(net, test_iter, devices):
    rmse = mx.metric.RMSE()
    rmse_list = []
    for idx, (users, items, ratings) in enumerate(test_iter):
        u = gluon.utils.split_and_load(users, devices, even_split=False)
        i = gluon.utils.split_and_load(items, devices, even_split=False)
        r_ui = gluon.utils.split_and_load(ratings, devices, even_split=False)
        r_hat = [net(u, i) for u, i in zip(u, i)]
        rmse.update(labels=r_ui, preds=r_hat)
        rmse_list.append(rmse.get()[1])
    return float(onp.mean(onp.array(rmse_list)))


def train_recsys_rating(net, train_iter, test_iter, loss, trainer, num_epochs, devices, evaluator, **kwargs):
    for epoch in range(num_epochs):
        l, n = 0.0, 0
        for i, values in enumerate(train_iter):
            input_data = []
            values = values if isinstance(values, list) else [values]
            for v in values:
                input_data.append(gluon.utils.split_and_load(v, devices))
            train_feat = input_data[:-1] if len(values) > 1 else input_data
            train_label = input_data[-1]
            with autograd.record():
                preds = [net(*t) for t in zip(*train_feat)]
                ls = [loss(p, s) for p, s in zip(preds, train_label)]
            [l.backward() for l in ls]
            l += sum([l.asnumpy() for l in ls]).mean() / len(devices)
            n += 1
            trainer.step(values[0].shape[0])
        if len(kwargs) > 0:
            test_rmse = evaluator(net, kwargs['inter_mat'], kwargs['test_inter'], devices)
        else:
            test_rmse = evaluator(net, test_iter, devices)
        print(f'epoch {epoch}: train loss {l / n:.4f}, test RMSE {test_rmse:.4f}')


devices = [mx.cpu()]
net = MF(4, nu, ni)
net.initialize(ctx=devices, force_reinit=True, init=mx.init.Normal(0.01))
print(net)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.02, 'wd': 1e-5})
loss = gluon.loss.L2Loss()
train_recsys_rating(net, train_iter, test_iter, loss, trainer, 3, devices, evaluator)
scores = net(np.array([2], dtype='int', ctx=devices[0]), np.array([5], dtype='int', ctx=devices[0]))
print(scores.shape, scores.dtype, scores.round(4))
rmse = mx.metric.RMSE()
rmse.update(labels=[np.array([1.0, 2.0, 3.0])], preds=[np.array([1.5, 2.0, 2.0])])
print(rmse.get(), rmse)


class AutoRec(nn.Block):
    def __init__(self, num_hidden, num_users, dropout=0.05):
        super(AutoRec, self).__init__()
        self.encoder = nn.Dense(num_hidden, activation='sigmoid', use_bias=True)
        self.decoder = nn.Dense(num_users, use_bias=True)
        self.dropout = nn.Dropout(dropout)

    def forward(self, input):
        hidden = self.dropout(self.encoder(input))
        pred = self.decoder(hidden)
        if autograd.is_training():
            return pred * np.sign(input)
        else:
            return pred


def evaluator_autorec(network, inter_matrix, test_data, devices):
    scores = []
    for values in inter_matrix:
        feat = gluon.utils.split_and_load(values, devices, even_split=False)
        scores.extend([network(i).asnumpy() for i in feat])
    recons = np.array([item for sublist in scores for item in sublist])
    rmse = np.sqrt(np.sum(np.square(test_data - np.sign(test_data) * recons)) / np.sum(np.sign(test_data)))
    return float(rmse)


train_iter = gluon.data.DataLoader(train_inter, shuffle=True, last_batch='rollover', batch_size=4)
test_iter = gluon.data.DataLoader(np.array(train_inter), shuffle=False, last_batch='keep', batch_size=4)
for b in train_iter:
    print(type(b).__name__, b.shape, b.dtype)
    break
net = AutoRec(5, nu)
net.initialize(ctx=devices, force_reinit=True, init=mx.init.Normal(0.01))
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.002, 'wd': 1e-5})
train_recsys_rating(net, train_iter, test_iter, loss, trainer, 3, devices, evaluator_autorec,
                    inter_mat=test_iter, test_inter=test_inter)
with autograd.record():
    print(autograd.is_training(), net(np.array(train_inter[:2])).shape)
with autograd.record(train_mode=False):
    print(autograd.is_training())
print(autograd.is_training(), net(np.array(train_inter[:1])).round(3))
