"""d2l-en recommender systems, ranking and CTR: NeuMF as a hybridized HybridBlock, a pairwise Dataset with
negative sampling, BPR and hinge losses as gluon Loss subclasses, hit rate/AUC evaluation; Caser with
vertical/horizontal Conv2D and MaxPool1D; factorization machines and DeepFM on a CTR file the script writes."""
import os, random, tempfile
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)
devices = [mx.cpu()]
num_users, num_items = 6, 10
interactions = {u: sorted(random.sample(range(num_items), 4)) for u in range(num_users)}


class NeuMF(nn.HybridBlock):
    def __init__(self, num_factors, num_users, num_items, nums_hiddens, **kwargs):
        super(NeuMF, self).__init__(**kwargs)
        self.P = nn.Embedding(num_users, num_factors)
        self.Q = nn.Embedding(num_items, num_factors)
        self.U = nn.Embedding(num_users, num_factors)
        self.V = nn.Embedding(num_items, num_factors)
        self.mlp = nn.HybridSequential()
        for num_hiddens in nums_hiddens:
            self.mlp.add(nn.Dense(num_hiddens, activation='relu', use_bias=True))
        self.prediction_layer = nn.Dense(1, activation='sigmoid', use_bias=False)

    def hybrid_forward(self, F, user_id, item_id):
        p_mf = self.P(user_id)
        q_mf = self.Q(item_id)
        gmf = p_mf * q_mf
        p_mlp = self.U(user_id)
        q_mlp = self.V(item_id)
        mlp = self.mlp(F.np.concatenate([p_mlp, q_mlp], axis=1))
        con_res = F.np.concatenate([gmf, mlp], axis=1)
        return self.prediction_layer(con_res)


class PRDataset(gluon.data.Dataset):
    def __init__(self, users, items, candidates, num_items):
        self.users = users
        self.items = items
        self.cand = candidates
        self.all = set([i for i in range(num_items)])

    def __len__(self):
        return len(self.users)

    def __getitem__(self, idx):
        neg_items = list(self.all - set(self.cand[int(self.users[idx])]))
        indices = random.randint(0, len(neg_items) - 1)
        return self.users[idx], self.items[idx], neg_items[indices]


class BPRLoss(gluon.loss.Loss):
    def __init__(self, weight=None, batch_axis=0, **kwargs):
        super(BPRLoss, self).__init__(weight=None, batch_axis=0, **kwargs)

    def forward(self, positive, negative):
        distances = positive - negative
        loss = - np.sum(np.log(npx.sigmoid(distances)), 0, keepdims=True)
        return loss


class HingeLossbRec(gluon.loss.Loss):
    def __init__(self, weight=None, batch_axis=0, **kwargs):
        super(HingeLossbRec, self).__init__(weight=None, batch_axis=0, **kwargs)

    def forward(self, positive, negative, margin=1):
        distances = positive - negative
        loss = np.sum(np.maximum(- distances + margin, 0))
        return loss


users = [u for u in range(num_users) for _ in interactions[u]]
items = [i for u in range(num_users) for i in interactions[u]]
train_iter = gluon.data.DataLoader(PRDataset(users, items, interactions, num_items), 8, True, last_batch='rollover')
print(len(train_iter))
net = NeuMF(4, num_users, num_items, nums_hiddens=[6, 6])
net.initialize(ctx=devices, force_reinit=True, init=mx.init.Normal(0.01))
net.hybridize()
print(net)
loss = BPRLoss()
print(loss, HingeLossbRec()(np.array([[0.5], [0.2]]), np.array([[0.1], [0.9]])))
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01, 'wd': 1e-5})
for epoch in range(2):
    tot = 0.0
    for values in train_iter:
        input_data = [gluon.utils.split_and_load(v, devices) for v in values]
        with autograd.record():
            p_pos = [net(*t) for t in zip(*input_data[0:-1])]
            p_neg = [net(*t) for t in zip(*input_data[0:-2], input_data[-1])]
            ls = [loss(p, n) for p, n in zip(p_pos, p_neg)]
        [l.backward(retain_graph=False) for l in ls]
        tot += sum([l.asnumpy() for l in ls]).mean()
        trainer.step(values[0].shape[0])
    print(epoch, '%.4f' % tot, values[0].dtype, ls[0].shape, p_pos[0].shape)


def hit_and_auc(rankedlist, test_matrix, k):
    hits_k = [(idx, val) for idx, val in enumerate(rankedlist[:k]) if val in set(test_matrix)]
    hits_all = [(idx, val) for idx, val in enumerate(rankedlist) if val in set(test_matrix)]
    max = len(rankedlist) - 1
    auc = 1.0 * (max - hits_all[0][0]) / max if len(hits_all) > 0 else 0
    return len(hits_k), auc


def evaluate_ranking(net, test_input, interactions, num_users, num_items, devices):
    ranked_list, ranked_items, hit_rate, auc = {}, {}, [], []
    all_items = set([i for i in range(num_items)])
    for u in range(num_users):
        neg_items = list(all_items - set(interactions[u]))
        user_ids, item_ids, x, scores = [], [], [], []
        [item_ids.append(i) for i in neg_items]
        [user_ids.append(u) for _ in neg_items]
        x.extend([np.array(user_ids)])
        x.extend([np.array(item_ids)])
        test_data_iter = gluon.data.DataLoader(gluon.data.ArrayDataset(*x), shuffle=False, last_batch="keep", batch_size=4)
        for index, values in enumerate(test_data_iter):
            x = [gluon.utils.split_and_load(v, devices, even_split=False) for v in values]
            scores.extend([list(net(*t).asnumpy()) for t in zip(*x)])
        scores = [item for sublist in scores for item in sublist]
        item_scores = list(zip(item_ids, scores))
        ranked_list[u] = sorted(item_scores, key=lambda t: t[1], reverse=True)
        ranked_items[u] = [r[0] for r in ranked_list[u]]
        temp = hit_and_auc(ranked_items[u], test_input[u], 3)
        hit_rate.append(temp[0])
        auc.append(temp[1])
    return np.mean(np.array(hit_rate)), np.mean(np.array(auc))


test_input = {u: [random.choice(list(set(range(num_items)) - set(interactions[u])))] for u in range(num_users)}
hit, auc = evaluate_ranking(net, test_input, interactions, num_users, num_items, devices)
print(type(hit).__name__, hit.dtype, hit.shape, 0 <= float(hit) <= 1, 0 <= float(auc) <= 1)


class Caser(nn.Block):
    def __init__(self, num_factors, num_users, num_items, L=5, d=16, d_prime=4, drop_ratio=0.05, **kwargs):
        super(Caser, self).__init__(**kwargs)
        self.P = nn.Embedding(num_users, num_factors)
        self.Q = nn.Embedding(num_items, num_factors)
        self.d_prime, self.d = d_prime, d
        self.conv_v = nn.Conv2D(d_prime, (L, 1), in_channels=1)
        self.conv_h, self.max_pool = nn.Sequential(), nn.Sequential()
        for i in range(1, L + 1):
            self.conv_h.add(nn.Conv2D(d, (i, num_factors), in_channels=1))
            self.max_pool.add(nn.MaxPool1D(L - i + 1))
        self.fc1_dim_v, self.fc1_dim_h = d_prime * num_factors, d * L
        self.fc = nn.Dense(in_units=d_prime * num_factors + d * L, activation='relu', units=num_factors)
        self.Q_prime = nn.Embedding(num_items, num_factors * 2)
        self.b = nn.Embedding(num_items, 1)
        self.dropout = nn.Dropout(drop_ratio)

    def forward(self, user_id, seq, item_id):
        item_embs = np.expand_dims(self.Q(seq), 1)
        user_emb = self.P(user_id)
        out, out_h, out_v, out_hs = None, None, None, []
        if self.d_prime:
            out_v = self.conv_v(item_embs)
            out_v = out_v.reshape(out_v.shape[0], self.fc1_dim_v)
        if self.d:
            for conv, maxp in zip(self.conv_h, self.max_pool):
                conv_out = np.squeeze(npx.relu(conv(item_embs)), axis=3)
                t = maxp(conv_out)
                pool_out = np.squeeze(t, axis=2)
                out_hs.append(pool_out)
            out_h = np.concatenate(out_hs, axis=1)
        out = np.concatenate([out_v, out_h], axis=1)
        z = self.fc(self.dropout(out))
        x = np.concatenate([z, user_emb], axis=1)
        q_prime_i = np.squeeze(self.Q_prime(item_id))
        b = np.squeeze(self.b(item_id))
        res = (x * q_prime_i).sum(1) + b
        return res


L = 3
caser = Caser(4, num_users, num_items, L=L, d=3, d_prime=2)
caser.initialize(ctx=devices, force_reinit=True, init=mx.init.Normal(0.01))
print(caser.conv_h, caser.max_pool[0])
seq = np.array(onp.random.randint(0, num_items, (5, L)))
uid = np.array(onp.random.randint(0, num_users, (5,)))
iid = np.array(onp.random.randint(0, num_items, (5,)))
neg = np.array(onp.random.randint(0, num_items, (5,)))
trainer = gluon.Trainer(caser.collect_params(), 'adam', {'learning_rate': 0.04, 'wd': 1e-5})
for _ in range(2):
    with autograd.record():
        l = loss(caser(uid, seq, iid), caser(uid, seq, neg))
    l.backward()
    trainer.step(5)
    print(l.shape, '%.4f' % float(l.sum()))
print(len(list(caser.collect_params().keys())))

# CTR data: a csv of a label and categorical fields, mapped to feature ids with offsets
data_dir = tempfile.mkdtemp()
with open(os.path.join(data_dir, 'train.csv'), 'w') as f:
    for _ in range(24):
        f.write('\t'.join([str(random.randint(0, 1))] + ['f%d_%d' % (j, random.randint(0, 3)) for j in range(4)]) + '\n')


class CTRDataset(gluon.data.Dataset):
    def __init__(self, data_path, feat_mapper=None, defaults=None, min_threshold=2, num_feat=4):
        self.NUM_FEATS, self.count, self.data = num_feat, 0, {}
        feat_cnts = [dict() for _ in range(num_feat)]
        self.feat_mapper, self.defaults = feat_mapper, defaults
        self.field_dims = onp.zeros(self.NUM_FEATS, dtype=onp.int64)
        with open(data_path) as f:
            for line in f:
                instance = {}
                values = line.rstrip('\n').split('\t')
                label = onp.float32([0, 0])
                label[int(values[0])] = 1
                instance['y'] = [onp.float32(values[0])]
                for i in range(1, self.NUM_FEATS + 1):
                    feat_cnts[i - 1][values[i]] = feat_cnts[i - 1].get(values[i], 0) + 1
                    instance.setdefault('x', []).append(values[i])
                self.data[self.count] = instance
                self.count = self.count + 1
        if self.feat_mapper is None and self.defaults is None:
            feat_mapper = {i: {feat for feat, c in cnt.items() if c >= min_threshold} for i, cnt in enumerate(feat_cnts)}
            self.feat_mapper = {i: {feat_v: idx for idx, feat_v in enumerate(sorted(feat_values))}
                                for i, feat_values in feat_mapper.items()}
            self.defaults = {i: len(feat_values) for i, feat_values in feat_mapper.items()}
        for i, fm in self.feat_mapper.items():
            self.field_dims[i - 1] = len(fm) + 1
        self.offsets = onp.array((0, *onp.cumsum(self.field_dims).asnumpy()[:-1])) if hasattr(onp.cumsum(self.field_dims), 'asnumpy') \
            else onp.array((0, *onp.cumsum(self.field_dims)[:-1]))

    def __len__(self):
        return self.count

    def __getitem__(self, idx):
        feat = onp.array([self.feat_mapper[i + 1 - 1].get(v, self.defaults[i]) for i, v in enumerate(self.data[idx]['x'])])
        return feat + self.offsets, self.data[idx]['y']


train_data = CTRDataset(os.path.join(data_dir, 'train.csv'))
print(train_data[0], train_data.field_dims, train_data.offsets)
train_iter = gluon.data.DataLoader(train_data, shuffle=True, last_batch='rollover', batch_size=8)
for X, y in train_iter:
    print(type(X).__name__, X.shape, X.dtype, type(y).__name__, len(y), y[0].dtype, y[0].shape)
    break


class FM(nn.Block):
    def __init__(self, field_dims, num_factors):
        super(FM, self).__init__()
        num_inputs = int(sum(field_dims))
        self.embedding = nn.Embedding(num_inputs, num_factors)
        self.fc = nn.Embedding(num_inputs, 1)
        self.linear_layer = nn.Dense(1, use_bias=True)

    def forward(self, x):
        square_of_sum = np.sum(self.embedding(x), axis=1) ** 2
        sum_of_square = np.sum(self.embedding(x) ** 2, axis=1)
        x = self.linear_layer(self.fc(x).sum(1)) + 0.5 * (square_of_sum - sum_of_square).sum(1, keepdims=True)
        x = npx.sigmoid(x)
        return x


class DeepFM(nn.Block):
    def __init__(self, field_dims, num_factors, mlp_dims, drop_rate=0.1):
        super(DeepFM, self).__init__()
        num_inputs = int(sum(field_dims))
        self.embedding = nn.Embedding(num_inputs, num_factors)
        self.fc = nn.Embedding(num_inputs, 1)
        self.linear_layer = nn.Dense(1, use_bias=True)
        input_dim = self.embed_output_dim = len(field_dims) * num_factors
        self.mlp = nn.Sequential()
        for dim in mlp_dims:
            self.mlp.add(nn.Dense(dim, 'relu', True, in_units=input_dim))
            self.mlp.add(nn.Dropout(rate=drop_rate))
            input_dim = dim
        self.mlp.add(nn.Dense(in_units=input_dim, units=1))

    def forward(self, x):
        embed_x = self.embedding(x)
        square_of_sum = np.sum(embed_x, axis=1) ** 2
        sum_of_square = np.sum(embed_x ** 2, axis=1)
        inputs = np.reshape(embed_x, (-1, self.embed_output_dim))
        x = self.linear_layer(self.fc(x).sum(1)) + 0.5 * (square_of_sum - sum_of_square).sum(1, keepdims=True) + self.mlp(inputs)
        x = npx.sigmoid(x)
        return x


loss = gluon.loss.SigmoidBinaryCrossEntropyLoss()
for model in (FM(train_data.field_dims, 4), DeepFM(train_data.field_dims, 4, [8, 8])):
    model.initialize(init.Xavier(), ctx=devices)
    print(model)
    trainer = gluon.Trainer(model.collect_params(), 'adam', {'learning_rate': 0.02})
    for X, y in train_iter:
        X = np.array(X) if not isinstance(X, np.ndarray) else X
        y = np.array(y[0]) if isinstance(y, list) else y
        with autograd.record():
            out = model(X)
            l = loss(out, y)
        l.backward()
        trainer.step(X.shape[0])
        print(out.shape, l.shape, '%.4f' % float(l.mean()))
