"""sbcoder.formats"""
