"""Metrics on fixed inputs against MXNet 1.9.1's ``get()`` and ``get_global()`` results, plus their API."""
import math

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd.array
rs = np.random.RandomState(0)
probs = rs.rand(8, 3).astype('f4')
probs /= probs.sum(1, keepdims=True)
labels = rs.randint(0, 3, size=8).astype('f4')
probs2 = rs.rand(6, 2).astype('f4')
probs2 /= probs2.sum(1, keepdims=True)
lab2 = rs.randint(0, 2, size=6).astype('f4')
reg_p = rs.randn(10).astype('f4')
reg_l = rs.randn(10).astype('f4')
DATA = {
    "B": [([nd(labels)], [nd(probs)]), ([nd(labels[:4])], [nd(probs[:4])])],
    "B2": [([nd(lab2)], [nd(probs2)]), ([nd(lab2[:3])], [nd(probs2[:3])])],
    "B3": [([nd(np.array([0, 1, 1, 0, 1], 'f4'))], [nd(np.array([[.9, .1], [.2, .8], [.6, .4], [.7, .3], [.3, .7]], 'f4'))])],
    "R": [([nd(reg_l)], [nd(reg_p)]), ([nd(reg_l[:5])], [nd(reg_p[:5] * 2)])],
}
# (metric, create() arguments, data, MXNet 1.9.1's get(), MXNet 1.9.1's get_global())
MXNET = [
    ('acc', {}, 'B', ('accuracy', 0.4166666666666667), ('accuracy', 0.4166666666666667)),
    ('top_k_accuracy', {'top_k': 2}, 'B', ('top_k_accuracy_2', 1.0), ('top_k_accuracy_2', 1.0)),
    ('f1', {}, 'B2', ('f1', 0.65), ('f1', 0.65)),
    ('f1', {'average': 'micro'}, 'B2', ('f1', 0.7142857142857143), ('f1', 0.7142857142857143)),
    ('mcc', {}, 'B2', ('mcc', 0.0), ('mcc', 0.0)),
    ('mcc', {'average': 'micro'}, 'B2', ('mcc', 0.0), ('mcc', 0.0)),
    ('mae', {}, 'R', ('mae', 1.1542345881462097), ('mae', 1.1542345881462097)),
    ('mse', {}, 'R', ('mse', 3.011685013771057), ('mse', 3.011685013771057)),
    ('rmse', {}, 'R', ('rmse', 1.6907490491867065), ('rmse', 1.6907490491867065)),
    ('ce', {}, 'B', ('cross-entropy', 1.0569744110107422), ('cross-entropy', 1.0569744110107422)),
    ('nll_loss', {}, 'B', ('nll-loss', 1.0569744110107422), ('nll-loss', 1.0569744110107422)),
    ('perplexity', {'ignore_label': None}, 'B', ('perplexity', 2.8776511576887094), ('perplexity', 2.8776511576887094)),
    ('perplexity', {'ignore_label': 1}, 'B', ('perplexity', 3.4837452774387594), ('perplexity', 3.4837452774387594)),
    ('mcc', {}, 'B3', ('mcc', 0.6666666666666666), ('mcc', 0.6666666666666666)),
    ('f1', {}, 'B3', ('f1', 0.8), ('f1', 0.8)),
    ('pearsonr', {}, 'R', ('pearsonr', 0.4665082984826564), ('pearsonr', 0.4665082984826564)),
    ('pearsonr', {'average': 'micro'}, 'R', ('pearsonr', 0.4313372817712611), ('pearsonr', 0.0)),
    ('pcc', {}, 'B', ('pcc', 0.14807184892549224), ('pcc', 0.14807184892549224)),
    ('loss', {}, 'R', ('loss', -0.23992104530334474), ('loss', -0.23992104530334474)),
    (['acc', 'ce', 'mae'], {}, 'B', (['accuracy', 'cross-entropy', 'mae'], [0.4166666666666667, 1.0569744110107422, 0.8125]), (['accuracy', 'cross-entropy', 'mae'], [0.4166666666666667, 1.0569744110107422, 0.8125])),
]
# MXNet sums float32 arrays with Kahan compensation in float32; distnet sums in float64 and rounds,
# which can differ in the last float32 bit of the sum.
APPROX = {"loss"}


@pytest.mark.parametrize("metric,kwargs,data,expected,expected_global", MXNET,
                         ids=[f"{m}{i}" for i, (m, *_) in enumerate(MXNET)])
def test_metric_matches_mxnet(metric, kwargs, data, expected, expected_global):
    m = mx.metric.create(metric, **kwargs)
    for label, pred in DATA[data]:
        m.update(label, pred)
    for got, want in ((m.get(), expected), (m.get_global(), expected_global)):
        assert got[0] == want[0]
        if isinstance(metric, str) and metric in APPROX:
            assert got[1] == pytest.approx(want[1], rel=1e-6)
        else:
            assert got[1] == want[1]


def test_local_reset_keeps_global_statistics():
    m = mx.metric.Accuracy()
    for label, pred in DATA["B"]:
        m.update(label, pred)
    m.reset_local()
    assert math.isnan(m.get()[1]) and m.get_global() == ('accuracy', 0.4166666666666667)
    m.update([nd([0, 1])], [nd([[1, 0], [0, 1]])])
    assert m.get() == ('accuracy', 1.0) and m.get_global()[1] == pytest.approx(7 / 14)
    m.reset()
    assert math.isnan(m.get_global()[1]) and m.num_inst == 0


def test_accuracy_axis_and_class_index_predictions():
    m = mx.metric.Accuracy(axis=0)
    m.update([nd([1, 0])], [nd([[0.1, 0.9], [0.9, 0.1]])])      # arg-max down the columns: [1, 0]
    assert m.get() == ('accuracy', 1.0)
    m = mx.metric.create('acc')
    m.update(nd([1, 2, 3]), nd([1, 2, 0]))                     # single arrays are wrapped in lists
    assert m.get()[1] == pytest.approx(2 / 3)


def test_top_k_needs_k_above_one_and_names_itself():
    assert mx.metric.TopKAccuracy(top_k=5).name == 'top_k_accuracy_5'
    with pytest.raises(AssertionError, match="Accuracy"):  # MXNet raises AssertionError
        mx.metric.TopKAccuracy(top_k=1)


def test_label_and_prediction_counts_must_match():
    with pytest.raises(ValueError, match="does not match"):
        mx.metric.Accuracy().update([nd([1]), nd([2])], [nd([1])])


def test_f1_rejects_more_than_two_classes():
    with pytest.raises(ValueError, match="binary"):
        mx.metric.F1().update([nd([0, 1, 2])], [nd(np.eye(3))])


def test_cross_entropy_formula():
    m = mx.metric.CrossEntropy(eps=0)
    m.update([nd([0, 1])], [nd([[0.5, 0.5], [0.2, 0.8]])])
    assert m.get()[1] == pytest.approx(-(math.log(0.5) + math.log(0.8)) / 2, rel=1e-6)


def test_perplexity_ignores_label():
    m = mx.metric.Perplexity(ignore_label=0)
    m.update([nd([0, 1, 1])], [nd([[0.9, 0.1], [0.5, 0.5], [0.25, 0.75]])])
    assert m.get()[1] == pytest.approx(math.exp(-(math.log(0.5) + math.log(0.75)) / 2), rel=1e-6)


def test_composite_and_get_name_value():
    m = mx.metric.CompositeEvalMetric(['acc', mx.metric.MSE()])
    m.add('mae')
    m.update([nd([1, 0])], [nd([[0.2, 0.8], [0.4, 0.6]])])
    names, values = m.get()
    assert names == ['accuracy', 'mse', 'mae'] and values[0] == 0.5
    assert [n for n, _ in m.get_name_value()] == names
    assert isinstance(m.get_metric(1), mx.metric.MSE)
    err = m.get_metric(7)       # MXNet returns the error rather than raising it
    assert isinstance(err, ValueError) and "out of range" in str(err)
    assert str(mx.metric.Accuracy()) == "EvalMetric: {'accuracy': nan}"


def test_custom_metrics_from_functions():
    def mismatches(label, pred):
        return (label != pred.argmax(1)).sum(), len(label)
    m = mx.metric.create(mismatches)
    assert isinstance(m, mx.metric.CustomMetric) and m.name == 'mismatches'
    m.update([nd([0, 1, 1])], [nd([[1, 0], [1, 0], [0, 1]])])
    assert m.get() == ('mismatches', 1 / 3)
    lam = mx.metric.np(lambda label, pred: 2.0)
    lam.update([nd([0])], [nd([0])])
    assert lam.get() == ('custom(<lambda>)', 2.0)
    with pytest.raises(NotImplementedError):
        m.get_config()


def test_update_dict_picks_outputs_and_labels_by_name():
    m = mx.metric.Accuracy(output_names=['out'], label_names=['lab'])
    m.update_dict({'lab': nd([1]), 'other': nd([0])}, {'out': nd([[0, 1]]), 'x': nd([[1, 0]])})
    assert m.get() == ('accuracy', 1.0)


def test_create_by_name_alias_config_and_unknown():
    assert type(mx.metric.create('top_k_acc', top_k=3)) is mx.metric.TopKAccuracy
    assert type(mx.metric.create('nll_loss')) is mx.metric.NegativeLogLikelihood
    config = mx.metric.Accuracy(axis=0).get_config()
    assert config == {'axis': 0, 'metric': 'Accuracy', 'name': 'accuracy', 'output_names': None, 'label_names': None}
    assert mx.metric.create(config.pop('metric'), **config).axis == 0
    message = "^nosuch is not registered. Please register with metric.register first$"     # as MXNet
    with pytest.raises(AssertionError, match=message):
        mx.metric.create('nosuch')


def test_loss_metric_averages_the_loss_values():
    m = mx.metric.Loss()
    m.update(None, [nd([1.0, 2.0]), nd([3.0])])
    assert m.get() == ('loss', 2.0)


def test_metrics_take_ndarrays_only():
    # MXNet's metrics call .asnumpy() on their inputs (Accuracy asserts first)
    with pytest.raises(AttributeError, match="asnumpy"):
        mx.metric.MAE().update([np.ones(2)], [np.ones(2)])
    with pytest.raises(AssertionError):
        mx.metric.Accuracy().update([np.ones(2)], [np.ones((2, 2))])


def test_pcc_counts_label_prediction_pairs_in_order():
    m = mx.metric.PCC()
    # labels of shape (n, 1) and one label too many: pairs are taken as zip() gives them
    m.update([mx.nd.array([[0], [1], [1], [0], [2]])], [mx.nd.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.7, 0.3]])])
    assert m.lcm[:2, :2].tolist() == [[2, 1], [0, 1]] and m.lcm.sum() == 4


def test_perplexity_picks_one_dimensional_predictions():
    m = mx.metric.Perplexity(ignore_label=None)
    m.update([mx.nd.array([0])], [mx.nd.array([0.5])])
    assert m.get() == ("perplexity", 2.0000000038093084)     # MXNet 1.9.1, float32 log(0.5)
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[4\], inferred shape=\[2,2\]$"):
        mx.metric.Perplexity(None, axis=1).update([mx.nd.array([[0, 1], [1, 1]])], [mx.nd.ones((2, 2, 2))])


def test_metric_classes_are_named_by_the_metric_module_as_mxnet():
    assert str(mx.metric.Accuracy) == "<class 'distnet.metric.Accuracy'>"
    assert repr(mx.metric.create("rmse")).startswith("<distnet.metric.RMSE object at 0x")


def test_accuracy_arg_maxes_with_the_operator_which_refuses_empty_predictions():
    m = mx.metric.Accuracy()
    m.update([mx.nd.array([2, 0])], [mx.nd.array([[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]])])
    assert m.get() == ('accuracy', 0.5)
    with pytest.raises(MXNetError):
        mx.metric.Accuracy().update([mx.nd.array(np.zeros((0,)))], [mx.nd.array(np.zeros((0, 2)))])
    with pytest.raises(MXNetError):
        mx.metric.Accuracy(axis=3).update([mx.nd.array([1])], [mx.nd.array([[0.1, 0.9]])])


def test_count_and_rank_checks_fail_with_mxnets_assert_messages():
    two_labels, four_rows = [mx.nd.array([0, 1])], [mx.nd.ones((4, 2))]
    with pytest.raises(AssertionError) as ce:
        mx.metric.CrossEntropy().update(two_labels, four_rows)
    assert ce.value.args == ()
    with pytest.raises(AssertionError) as nll:
        mx.metric.NegativeLogLikelihood().update(two_labels, four_rows)
    assert message_of(nll.value) == "(2, 4)"
    with pytest.raises(AssertionError) as ppl:
        mx.metric.Perplexity(None).update(two_labels, four_rows * 2)
    assert ppl.value.args == ()
    with pytest.raises(AssertionError, match="^Predictions should be no more than 2 dims$"):
        mx.metric.TopKAccuracy(top_k=2).update([mx.nd.array([1])], [mx.nd.ones((1, 2, 2))])
    with pytest.raises(TypeError, match="'>'"):      # MXNet compares top_k > 1
        mx.metric.TopKAccuracy(top_k='3')


def test_create_from_a_json_list_unpacks_name_and_kwargs():
    assert mx.metric.create('["top_k_acc", {"top_k": 3}]').top_k == 3
    with pytest.raises(ValueError, match="not enough values to unpack"):
        mx.metric.create('["acc"]')


def test_pearson_update_variance_is_a_method_folding_values_into_count_mean_and_squares():
    values = np.array([1.0, 2.0, 4.0])
    count, mean, m_2 = mx.metric.PearsonCorrelation.update_variance(mx.metric.PearsonCorrelation(), values, 0, 0, 0)
    assert count == 3 and mean == pytest.approx(values.mean()) and m_2 == pytest.approx(((values - values.mean()) ** 2).sum())


def test_composite_lists_a_numpy_bool_value_as_one_value_but_spreads_other_sequences():
    class Fixed(mx.metric.EvalMetric):
        def __init__(self, value):
            super().__init__('fixed')
            self.value = value

        def get(self):
            return self.name, self.value

    assert mx.metric.CompositeEvalMetric([Fixed(np.bool_(True))]).get() == (['fixed'], [np.bool_(True)])
    assert mx.metric.CompositeEvalMetric([Fixed('ab')]).get() == (['fixed'], ['a', 'b'])
    with pytest.raises(TypeError):      # complex is no numeric type of MXNet's
        mx.metric.CompositeEvalMetric([Fixed(1j)]).get()


@pytest.mark.parametrize("name, method", [("F1", "update"), ("MCC", "reset"), ("F1", "reset_local"), ("MAE", "update"),
                                          ("MSE", "update"), ("RMSE", "update"), ("CrossEntropy", "update"),
                                          ("NegativeLogLikelihood", "update")])
def test_a_wrong_metric_method_call_names_the_metric_class(name, method):
    """Python's argument error names the method's class: each of these metrics has its own in MXNet."""
    with pytest.raises(TypeError) as err:
        getattr(getattr(mx.metric, name)(), method)(1, 2, 3)
    assert message_of(err.value).startswith(f"{name}.{method}() takes ")


def test_composite_metric_iterates_what_it_is_given():
    with pytest.raises(TypeError, match="'int' object is not iterable"):
        mx.metric.CompositeEvalMetric(metrics=0)
    assert mx.metric.CompositeEvalMetric(metrics=[]).get() == ([], [])
