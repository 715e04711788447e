"""mx.viz argument checks with MXNet 1.9.1's error classes."""
import pytest

import distnet as mx
from distnet.base import message_of


def test_non_symbol_arguments_are_type_errors_as_in_mxnet():
    with pytest.raises(TypeError, match="symbol must be Symbol$"):        # MXNet's words, without "a"
        mx.viz.print_summary("x")
    with pytest.raises(TypeError, match="symbol must be a Symbol$"):
        mx.viz.plot_network("x")


def _net():
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), name='softmax')


def test_plot_network_checks_the_output_format_as_graphviz():
    assert mx.viz.plot_network(_net(), save_format='PNG').format == 'png'
    assert mx.viz.plot_network(_net(), save_format=None).format == 'pdf'
    with pytest.raises(ValueError, match="unknown format: 'bogus'"):
        mx.viz.plot_network(_net(), save_format='bogus')


def test_drawing_without_graphviz_programs_is_a_runtime_error_after_saving_the_source(tmp_path, monkeypatch):
    monkeypatch.setenv('PATH', str(tmp_path / 'empty'))
    g = mx.viz.plot_network(_net(), title='n')
    with pytest.raises(RuntimeError, match=r"failed to execute \['dot', '-Tpdf', '-O', '.*n\.gv'\]"):
        g.render(directory=str(tmp_path))
    assert (tmp_path / 'n.gv').read_text() == g.source + '\n'
    with pytest.raises(RuntimeError, match=r"\['dot', '-Tsvg'\]"):
        g.pipe(format='svg')


def test_a_title_that_is_not_text_fails_when_the_source_is_written():
    g = mx.viz.plot_network(_net(), title=3)
    assert g.filename == '3.gv'
    with pytest.raises(TypeError):
        g.source


def test_a_shape_for_no_input_lists_the_candidates_one_a_line_as_mxnet():
    from distnet.base import MXNetError
    expected = ("InferShapeKeyword argument name x not found.\nCandidate arguments:\n"
                "\t[0]data\n\t[1]fc_weight\n\t[2]fc_bias\n\t[3]softmax_label\n\n")
    with pytest.raises(MXNetError) as info:
        mx.viz.print_summary(_net(), shape={'x': (1, 2)})
    assert message_of(info.value) == expected
    with pytest.raises(MXNetError, match=r"InferTypeKeyword argument name x not found.\nCandidate arguments:\n\t\[0\]data"):
        _net().infer_type(x='float32')


def test_the_graph_takes_graphviz_edits_attributes_edges_and_subgraphs():
    g = mx.viz.plot_network(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), title='n')
    g.clear()
    g.attr(rankdir='LR')
    g.attr('node', shape='box')
    g.edges([('a', 'b:p:ne')])
    with g.subgraph(name='cluster_0') as sub:
        sub.node('x', _attributes={'z': '1', 'a': '2'})
    assert g.source == ('digraph n {\n\trankdir=LR\n\tnode [shape=box]\n\ta -> b:p:ne\n'
                        '\tsubgraph cluster_0 {\n\t\tx [a=2 z=1]\n\t}\n}')
    copied = g.copy()
    copied.clear()
    assert copied.body == [] and len(g.body) == 6
    with pytest.raises(ValueError, match="must target graph, node, or edge"):
        g.attr('cluster', color='red')
